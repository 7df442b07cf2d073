<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>Every ledger entry</source>
        <translation>Todos os lançamentos</translation>
    </message>
    <message>
        <source>Bilingual archive</source>
        <translation>Acervo bilíngue</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Nothing is posted in the ledger yet.</source>
        <translation>Nada foi lançado ainda no livro de reciprocidade.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadeia do livro de reciprocidade</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Topo (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Lançamentos abrangidos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar com</translation>
    </message>
    <message>
        <source>Every record of the alliance, side by side in %1 and %2. This archive opens in any browser, offline; MANIFEST.sha256 lists the SHA-256 of every file (check it with: sha256sum -c MANIFEST.sha256).</source>
        <translation>Todos os registros da aliança, lado a lado em %1 e %2. Este acervo abre em qualquer navegador, sem conexão; MANIFEST.sha256 lista o SHA-256 de cada arquivo (verifique com: sha256sum -c MANIFEST.sha256).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>Relatórios em PDF</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>Tabelas (CSV)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodiante</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Entregue em</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>The archive is too large for one ZIP file; keep the folder.</source>
        <translation>O acervo é grande demais para um único arquivo ZIP; guarde a pasta.</translation>
    </message>
</context>
<context>
    <name>BalancePairModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Quarterly retro</source>
        <translation>Retro trimestral</translation>
    </message>
    <message>
        <source>Listening circle</source>
        <translation>Roda de escuta</translation>
    </message>
    <message>
        <source>Rupture rehearsal</source>
        <translation>Ensaio de ruptura</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>Simulado de emergência</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>Entrega do acervo</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Intercâmbio cultural</translation>
    </message>
    <message>
        <source>Congress or spokes council</source>
        <translation>Congresso ou conselho de porta-vozes</translation>
    </message>
    <message>
        <source>Other ritual</source>
        <translation>Outro ritual</translation>
    </message>
    <message>
        <source>once</source>
        <translation>uma vez</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>toda semana</numerusform>
            <numerusform>a cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>todo mês</numerusform>
            <numerusform>a cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>todo ano</numerusform>
            <numerusform>a cada %n anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n vez</numerusform>
            <numerusform>, %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, até %1</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>não realizada</translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation>%1 do dia anterior</translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation>%1 do dia seguinte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 rest</source>
        <translation>%1 e %2 descansam</translation>
    </message>
    <message>
        <source>Next custodian of the archive: %1</source>
        <translation>Próximo custodiante do acervo: %1</translation>
    </message>
    <message>
        <source>%1 held the archive last time too</source>
        <translation>%1 também foi custodiante do acervo da última vez</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n ritual(s) written to %1</source>
        <translation>
            <numerusform>%n ritual gravado em %1</numerusform>
            <numerusform>%n rituais gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Não é possível exportar o calendário</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A cultural exchange needs the day it is held</source>
        <translation>Um intercâmbio cultural precisa do dia em que acontece</translation>
    </message>
    <message>
        <source>A cultural exchange is between at least two partners</source>
        <translation>Um intercâmbio cultural é entre pelo menos dois parceiros</translation>
    </message>
    <message>
        <source>A shared risk needs the day it was taken</source>
        <translation>Um risco compartilhado precisa do dia em que foi assumido</translation>
    </message>
    <message>
        <source>A shared risk needs what was risked</source>
        <translation>Um risco compartilhado precisa do que foi arriscado</translation>
    </message>
    <message>
        <source>A shared risk is borne by at least two partners</source>
        <translation>Um risco compartilhado é assumido por pelo menos dois parceiros</translation>
    </message>
    <message>
        <source>Each part of a shared risk is borne by a saved partner</source>
        <translation>Cada parte de um risco compartilhado é assumida por um parceiro salvo</translation>
    </message>
    <message>
        <source>A partner bears one part of a shared risk: it is listed twice</source>
        <translation>Um parceiro assume uma só parte de um risco compartilhado: ele aparece duas vezes</translation>
    </message>
    <message>
        <source>A crossover needs both texts: as it was born and as it was reborn</source>
        <translation>Um cruzamento narrativo precisa dos dois textos: como nasceu e como renasceu</translation>
    </message>
    <message>
        <source>A crossover needs the day it was reborn</source>
        <translation>Um cruzamento narrativo precisa do dia em que renasceu</translation>
    </message>
    <message>
        <source>A crossover cannot be reborn before it was born</source>
        <translation>Um cruzamento narrativo não pode renascer antes de nascer</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another, not to itself</source>
        <translation>Um cruzamento narrativo vai de um parceiro a outro, não a si mesmo</translation>
    </message>
    <message>
        <source>A crossover needs the partner it was born in and the one that adopted it</source>
        <translation>Um cruzamento narrativo precisa do parceiro em que nasceu e do que o adotou</translation>
    </message>
    <message>
        <source>This exchange was held: it stays in the alliance&apos;s record and cannot be deleted</source>
        <translation>Este intercâmbio aconteceu: fica no registro da aliança e não pode ser excluído</translation>
    </message>
    <message>
        <source>This retro is published: the shared risks its answers cite cannot change</source>
        <translation>Esta retro está publicada: os riscos compartilhados que suas respostas citam não podem mudar</translation>
    </message>
    <message>
        <source>A pause is agreed between two partners</source>
        <translation>Uma pausa é acordada entre dois parceiros</translation>
    </message>
    <message>
        <source>A pause is agreed between two different partners</source>
        <translation>Uma pausa é acordada entre dois parceiros diferentes</translation>
    </message>
    <message>
        <source>A pause needs its first and last day</source>
        <translation>Uma pausa precisa do primeiro e do último dia</translation>
    </message>
    <message>
        <source>Say why the partners pause: a pause is rest, not abandonment, when both know why</source>
        <translation>Diga por que os parceiros fazem uma pausa: uma pausa é descanso, não abandono, quando os dois sabem por quê</translation>
    </message>
    <message>
        <source>A pause lasts two years at most; agree a new one when it ends</source>
        <translation>Uma pausa dura no máximo dois anos; acordem outra quando ela terminar</translation>
    </message>
    <message>
        <source>A partner of the pause is not a partner of this workspace</source>
        <translation>Um parceiro da pausa não é parceiro deste espaço de trabalho</translation>
    </message>
    <message>
        <source>A ritual needs a title</source>
        <translation>Um ritual precisa de um título</translation>
    </message>
    <message>
        <source>A ritual needs a first date</source>
        <translation>Um ritual precisa de uma primeira data</translation>
    </message>
    <message>
        <source>Each partner of a ritual must be saved first</source>
        <translation>Cada parceiro de um ritual precisa ser salvo antes</translation>
    </message>
    <message>
        <source>A ritual at a set time needs its organizer&apos;s time zone, so that every partner meets at the same moment</source>
        <translation>Um ritual em horário fixo precisa do fuso horário de quem o organiza, para que todos os parceiros se encontrem no mesmo momento</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelação</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Agrupamento</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votação</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Discussão</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humana</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>rascunho automático</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltando</translation>
    </message>
    <message>
        <source>&amp;Run retro…</source>
        <translation>&amp;Conduzir retro…</translation>
    </message>
    <message>
        <source>Run retro</source>
        <translation>Conduzir retro</translation>
    </message>
    <message>
        <source>Choose a saved retro in the Retros section first.</source>
        <translation>Escolha primeiro uma retro salva na seção Retros.</translation>
    </message>
    <message>
        <source>Compare quarters</source>
        <translation>Comparar trimestres</translation>
    </message>
    <message>
        <source>&amp;Compare quarters…</source>
        <translation>Co&amp;mparar trimestres…</translation>
    </message>
</context>
<context>
    <name>FulfilmentUndo</name>
    <message>
        <source>Brought back, but not linked to its ritual again: %1</source>
        <translation>Recuperado, mas sem voltar a ligá-lo ao seu ritual: %1</translation>
    </message>
    <message>
        <source>Link to ritual</source>
        <translation>Ligar ao ritual</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>translation missing</source>
        <translation>tradução faltando</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadeia do livro de reciprocidade</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Topo (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Lançamentos abrangidos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar com</translation>
    </message>
    <message>
        <source>Nothing is posted yet: the chain is empty.</source>
        <translation>Nada foi lançado ainda: a cadeia está vazia.</translation>
    </message>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>A gravação do relatório falhou: %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source> (no partner has this name; choose one or confirm a new one on the wizard&apos;s Partners page)</source>
        <translation> (nenhum parceiro tem este nome; escolha um ou confirme um novo na página Parceiros do assistente)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Funds</source>
        <translation>Fundos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tradução</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hospedagem</translation>
    </message>
    <message>
        <source>Emotional labour</source>
        <translation>Trabalho emocional</translation>
    </message>
    <message>
        <source>Cultural labour</source>
        <translation>Trabalho cultural</translation>
    </message>
    <message>
        <source>Contextualising news</source>
        <translation>Contextualização de notícias</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiais</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Conhecimento especializado</translation>
    </message>
    <message>
        <source>Moral leadership</source>
        <translation>Liderança moral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimento</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Sindicato</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Coletivo</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltando</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>rascunho automático</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humana</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>estorno</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>lançada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>What felt extractive?</source>
        <translation>O que pareceu extrativo?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>O que pareceu transformador?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>Que risco compartilhado provou nossa aliança?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Objetivos nas próprias palavras</translation>
    </message>
    <message>
        <source>Contact notes (sensitive)</source>
        <translation>Notas de contato (sensíveis)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Gatilhos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Ação %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>O que ensinou</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>sem quantidade</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palavras</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>noites</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no country</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Goals as another partner paraphrased them</source>
        <translation>Objetivos parafraseados por outro parceiro</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quórum atingido</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>aguardando resposta</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>devolvida</translation>
    </message>
    <message>
        <source>revised, waiting for an answer</source>
        <translation>revisada, aguardando resposta</translation>
    </message>
    <message>
        <source>the goals changed since</source>
        <translation>os objetivos mudaram desde então</translation>
    </message>
    <message>
        <source>art trade</source>
        <translation>troca de arte</translation>
    </message>
    <message>
        <source>study session</source>
        <translation>sessão de estudo</translation>
    </message>
    <message>
        <source>storytelling night</source>
        <translation>noite de contação de histórias</translation>
    </message>
    <message>
        <source>shared meal</source>
        <translation>refeição compartilhada</translation>
    </message>
    <message>
        <source>song</source>
        <translation>canção</translation>
    </message>
    <message>
        <source>vigil</source>
        <translation>vigília</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>held</source>
        <translation>realizado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Propósitos</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>frase</translation>
    </message>
    <message>
        <source>metaphor</source>
        <translation>metáfora</translation>
    </message>
    <message>
        <source>slogan</source>
        <translation>slogan</translation>
    </message>
    <message>
        <source>joke</source>
        <translation>piada</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estratégia</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>O que foi trocado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>O que foi arriscado</translation>
    </message>
    <message>
        <source>Part borne</source>
        <translation>Parte assumida</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>Ao nascer</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Ao renascer</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Onde foi visto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Why the partners pause</source>
        <translation>Por que os parceiros fazem uma pausa</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>O que resistiu</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>O que se rompeu</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>Perguntas que leva</translation>
    </message>
    <message>
        <source>Voices to amplify</source>
        <translation>Vozes a amplificar</translation>
    </message>
    <message>
        <source>What returned</source>
        <translation>O que voltou</translation>
    </message>
    <message>
        <source>Risk weighed: carbon</source>
        <translation>Risco ponderado: carbono</translation>
    </message>
    <message>
        <source>Risk weighed: visas</source>
        <translation>Risco ponderado: vistos</translation>
    </message>
    <message>
        <source>Risk weighed: surveillance</source>
        <translation>Risco ponderado: vigilância</translation>
    </message>
</context>
<context>
    <name>LedgerReview</name>
    <message>
        <source>Balances by pair</source>
        <translation>Balanços por par</translation>
    </message>
    <message>
        <source>Given is what the first partner gave the second; received, what it received from the second. Funds count once both sides approve. Asymmetry is |given − received| / (given + received).</source>
        <translation>Dado é o que o primeiro parceiro deu ao segundo; recebido, o que ele recebeu do segundo. Os fundos contam quando as duas partes aprovam. A assimetria é |dado − recebido| / (dado + recebido).</translation>
    </message>
    <message>
        <source>Balances in %1</source>
        <translation>Balanços em %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Assimetria</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <source>Asymmetries that persist</source>
        <translation>Assimetrias que persistem</translation>
    </message>
    <message>
        <source>No pair&apos;s asymmetry persisted over the last %1 quarters.</source>
        <translation>Nenhuma assimetria de par persistiu nos últimos %1 trimestres.</translation>
    </message>
    <message>
        <source>In each of the last %1 quarters the same partner gave at least three times what it received, in the same unit.</source>
        <translation>Em cada um dos últimos %1 trimestres, o mesmo parceiro deu pelo menos três vezes o que recebeu, na mesma unidade.</translation>
    </message>
    <message>
        <source>Giving more</source>
        <translation>Dá mais</translation>
    </message>
    <message>
        <source>Giving less</source>
        <translation>Dá menos</translation>
    </message>
    <message>
        <source>Flows between %1 and %2</source>
        <translation>Fluxos entre %1 e %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Flows over time</source>
        <translation>Fluxos ao longo do tempo</translation>
    </message>
    <message>
        <source>Contributions that are not counted in numbers</source>
        <translation>Contribuições que não são contadas em números</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Narrative-only contributions</source>
        <translation>Contribuições só narrativas</translation>
    </message>
    <message>
        <source>Funds and their consent</source>
        <translation>Fundos e seu consentimento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>approved for %1 by %2 at %3</source>
        <translation>aprovação de %1 dada por %2 em %3</translation>
    </message>
    <message>
        <source>withdrawn for %1 by %2 at %3</source>
        <translation>aprovação de %1 retirada por %2 em %3</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>desembolsados</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>aguardando %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propostos</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fundos</translation>
    </message>
</context>
<context>
    <name>ListeningQuorum</name>
    <message>
        <source>%1 lists no language it works in: add its languages first, so that its paraphrase can be written in its own language</source>
        <translation>%1 não indica nenhum idioma de trabalho: adicione primeiro os idiomas dele, para que a paráfrase dele possa ser escrita no próprio idioma</translation>
    </message>
    <message>
        <source>A paraphrase is written in the paraphrasing partner&apos;s own language: %1 works in %2, not in %3</source>
        <translation>Uma paráfrase é escrita no próprio idioma do parceiro que parafraseia: %1 trabalha em %2, não em %3</translation>
    </message>
    <message>
        <source>A campaign is a joint project: it needs at least two partners</source>
        <translation>Uma campanha é um projeto conjunto: precisa de pelo menos dois parceiros</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2</source>
        <translation>%1 precisa parafrasear os objetivos de %2</translation>
    </message>
    <message>
        <source>%1 has not yet acknowledged the paraphrase of its goals by %2</source>
        <translation>%1 ainda não confirmou a paráfrase que %2 fez dos objetivos dele</translation>
    </message>
    <message>
        <source>%1 sent back the paraphrase of its goals by %2</source>
        <translation>%1 devolveu a paráfrase que %2 fez dos objetivos dele</translation>
    </message>
    <message>
        <source>The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again</source>
        <translation>Os objetivos de %1 mudaram depois que %2 os parafraseou: %1 precisa confirmar a paráfrase novamente</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2 in a language %1 works in</source>
        <translation>%1 precisa parafrasear os objetivos de %2 num idioma em que %1 trabalhe</translation>
    </message>
    <message>
        <source>No cultural exchange is planned with the campaign</source>
        <translation>Nenhum intercâmbio cultural está previsto com a campanha</translation>
    </message>
    <message>
        <source>The campaign cannot go ahead yet:</source>
        <translation>A campanha ainda não pode avançar:</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Trellis — the slow-solidarity workbench</source>
        <translation>Trellis — a bancada da solidariedade lenta</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Abrir o espaço de trabalho FILE.</translation>
    </message>
    <message>
        <source>Save the main window as FILE.png once loaded, then exit.</source>
        <translation>Salvar a janela principal como FILE.png após carregar e sair.</translation>
    </message>
    <message>
        <source>User-interface language (en, es, fr, ar, pt).</source>
        <translation>Idioma da interface (en, es, fr, ar, pt).</translation>
    </message>
    <message>
        <source>The side-by-side language pair, e.g. fa,es.</source>
        <translation>O par de idiomas lado a lado, p. ex. fa,es.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>Registrar mensagens de depuração (só identificadores) no terminal e no arquivo de log.</translation>
    </message>
    <message>
        <source>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</source>
        <translation>Depois de mostrar a seção, ir para a última linha da lista (como faz Ctrl+End), p. ex. para capturar o fim de um livro de reciprocidade longo.</translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system).</source>
        <translation>Cores: system, dark ou high-contrast (padrão: $TRELLIS_PALETTE, senão system).</translation>
    </message>
    <message>
        <source>Run the retro RETRO_ID in facilitation mode (full screen).</source>
        <translation>Conduzir a retro RETRO_ID no modo de facilitação (tela cheia).</translation>
    </message>
    <message>
        <source>With --facilitate, open at a phase: check_in, write, reveal, group, vote, discuss, actions, close.</source>
        <translation>Com --facilitate, abrir numa fase: check_in, write, reveal, group, vote, discuss, actions, close.</translation>
    </message>
    <message>
        <source>The workspace to open (as --workspace FILE does).</source>
        <translation>O espaço de trabalho a abrir (como faz --workspace FILE).</translation>
    </message>
    <message>
        <source>Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4.</source>
        <translation>Comparar as retros dos trimestres FROM a TO, p. ex. 2026-Q1:2026-Q4.</translation>
    </message>
    <message>
        <source>Section to show: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</source>
        <translation>Seção a mostrar: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Latin form</source>
        <translation>Forma latina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Objetivos nas próprias palavras</translation>
    </message>
    <message>
        <source>As %1 understood it</source>
        <translation>Como %1 os entendeu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>The alliance has no partners yet.</source>
        <translation>A aliança ainda não tem parceiros.</translation>
    </message>
</context>
<context>
    <name>PauseNotes</name>
    <message>
        <source>Pausing with %1 from %2 to %3, agreed by both: rest, not abandonment.</source>
        <translation>Em pausa com %1 de %2 a %3, acordada pelos dois lados: descanso, não abandono.</translation>
    </message>
    <message>
        <source>A pause with %1 from %2 to %3 is proposed: it holds once both sides consent.</source>
        <translation>Uma pausa com %1 de %2 a %3 está proposta: vale quando os dois lados consentirem.</translation>
    </message>
</context>
<context>
    <name>ProtocolHandbook</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versão %2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Gatilhos</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisão prevista</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>No partner has agreed to this version yet.</source>
        <translation>Nenhum parceiro acordou esta versão ainda.</translation>
    </message>
    <message>
        <source>Incidents that used it</source>
        <translation>Incidentes em que foi usado</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ocorreu em</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições</translation>
    </message>
    <message>
        <source>No incident has used this protocol.</source>
        <translation>Nenhum incidente usou este protocolo.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>No conflict protocol has been drafted.</source>
        <translation>Nenhum protocolo de conflito foi redigido.</translation>
    </message>
    <message>
        <source>Rupture rehearsals</source>
        <translation>Ensaios de ruptura</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>O que ensinou</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Encaminhamentos</translation>
    </message>
    <message>
        <source>No rehearsal was held in this period.</source>
        <translation>Nenhum ensaio foi realizado neste período.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Não é possível desfazer: %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>Não é possível refazer: %1</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>Ledger review</source>
        <translation>Revisão do livro de reciprocidade</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Relatório de retro</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Manual de protocolos</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Diretório de parceiros</translation>
    </message>
    <message>
        <source>(unnamed alliance)</source>
        <translation>(aliança sem nome)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Aliança</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo o período</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gerado em</translation>
    </message>
    <message>
        <source>Unknown language “%1”: %2</source>
        <translation>Idioma desconhecido “%1”: %2</translation>
    </message>
    <message>
        <source>A report needs two different languages.</source>
        <translation>Um relatório precisa de dois idiomas diferentes.</translation>
    </message>
    <message>
        <source>A pair needs its first partner too.</source>
        <translation>Um par também precisa do primeiro parceiro.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>A exportação foi interrompida; nada foi salvo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>ODT export is not available in this build.</source>
        <translation>A exportação em ODT não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>A exportação em PDF não está disponível nesta versão.</translation>
    </message>
</context>
<context>
    <name>RetroReport</name>
    <message>
        <source>Retro of %1</source>
        <translation>Retro de %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitadora</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anônima</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n voto)</numerusform>
            <numerusform>(%n votos)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Nenhuma resposta.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(concluída)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Nenhuma ação.</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Retros</translation>
    </message>
    <message>
        <source>No retro was held in this period.</source>
        <translation>Nenhuma retro foi realizada neste período.</translation>
    </message>
</context>
<context>
    <name>RhythmChoices</name>
    <message>
        <source>⁨%1⁩ (version %2)</source>
        <translation>⁨%1⁩ (versão %2)</translation>
    </message>
</context>
<context>
    <name>RhythmLabels</name>
    <message>
        <source>Communication blackout</source>
        <translation>Apagão de comunicação</translation>
    </message>
    <message>
        <source>Role swap</source>
        <translation>Troca de papéis</translation>
    </message>
    <message>
        <source>Other drill</source>
        <translation>Outro simulado</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Livro de reciprocidade</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Retros</translation>
    </message>
    <message>
        <source>Conflict protocols</source>
        <translation>Protocolos de conflito</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Ensaios de ruptura</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balanços</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traduções</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Intercâmbios culturais</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Riscos compartilhados</translation>
    </message>
    <message>
        <source>Narrative crossovers</source>
        <translation>Cruzamentos narrativos</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>Rituais</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Fire drills</source>
        <translation>Simulados de emergência</translation>
    </message>
    <message>
        <source>Envoy journeys</source>
        <translation>Viagens de enviadas</translation>
    </message>
    <message>
        <source>Archive custodians</source>
        <translation>Custodiantes do acervo</translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Falta em %1; mostrado no idioma original (%2)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitadora</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisão prevista</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Listening quorum</source>
        <translation>Quórum de escuta</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ocorreu em</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>O que foi trocado</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Assumido em</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>O que foi arriscado</translation>
    </message>
    <message>
        <source>Parts borne</source>
        <translation>Partes assumidas</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Renasceu em</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Ao renascer</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Nasceu com</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Renasceu com</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>Primeira data</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetição</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>O que resistiu</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Sai em</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → para</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>Perguntas que leva</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregue em</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodiante</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>Cannot import translations</source>
        <translation>Não é possível importar as traduções</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>&amp;Export for translation (XLIFF)…</source>
        <translation>E&amp;xportar para tradução (XLIFF)…</translation>
    </message>
    <message>
        <source>Import &amp;translations (XLIFF)…</source>
        <translation>Importar &amp;traduções (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importar traduções</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Arquivos XLIFF (*.xlf *.xliff);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Ne&amp;xt field to translate</source>
        <translation>Pró&amp;ximo campo a traduzir</translation>
    </message>
    <message>
        <source>Open the next field waiting in the Translations section (F8)</source>
        <translation>Abrir o próximo campo que aguarda na seção Traduções (F8)</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Gerar rascunhos com o &amp;Apertium…</translation>
    </message>
</context>
<context>
    <name>TranslationQueue</name>
    <message>
        <source>Retro answer</source>
        <translation>Resposta de retro</translation>
    </message>
    <message>
        <source>Retro action</source>
        <translation>Ação de retro</translation>
    </message>
    <message>
        <source>Conflict protocol</source>
        <translation>Protocolo de conflito</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Ensaio</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Lançamento</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Goal paraphrase</source>
        <translation>Paráfrase dos objetivos</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>%1: this field is not shown in its record&apos;s editor; translate it with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1: este campo não aparece no editor do seu registro; traduza-o com Arquivo ▸ Exportar para tradução (XLIFF)…</translation>
    </message>
    <message>
        <source>The workspace is open read-only: no translation can be saved in it.</source>
        <translation>O espaço de trabalho está aberto só para leitura: nenhuma tradução pode ser salva nele.</translation>
    </message>
    <message>
        <source>%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1 ainda não tem editor na janela: traduza seus campos com Arquivo ▸ Exportar para tradução (XLIFF)…</translation>
    </message>
    <message>
        <source>Note on a paraphrase</source>
        <translation>Nota sobre uma paráfrase</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Intercâmbio cultural</translation>
    </message>
    <message>
        <source>Shared risk</source>
        <translation>Risco compartilhado</translation>
    </message>
    <message>
        <source>Part of a shared risk</source>
        <translation>Parte de um risco compartilhado</translation>
    </message>
    <message>
        <source>Narrative crossover</source>
        <translation>Travessia narrativa</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Ritual</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>Entrega do acervo</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>Simulado de emergência</translation>
    </message>
    <message>
        <source>Envoy journey</source>
        <translation>Viagem de enviada</translation>
    </message>
    <message>
        <source>Retro theme</source>
        <translation>Tema de retro</translation>
    </message>
    <message>
        <source>Facilitator&apos;s note</source>
        <translation>Nota da facilitadora</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Atualização local</translation>
    </message>
    <message>
        <source>Action review</source>
        <translation>Revisão de ação</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>This workspace was written by a newer version of Trellis. Update Trellis to open it; this version will not change it.</source>
        <translation>Este espaço de trabalho foi escrito por uma versão mais nova do Trellis. Atualize o Trellis para abri-lo; esta versão não o alterará.</translation>
    </message>
    <message>
        <source>This workspace file is damaged, so Trellis will not open it as it is.</source>
        <translation>Este arquivo de espaço de trabalho está danificado; o Trellis não o abrirá como está.</translation>
    </message>
    <message>
        <source>This file is not a Trellis workspace.</source>
        <translation>Este arquivo não é um espaço de trabalho do Trellis.</translation>
    </message>
    <message>
        <source>Another program is holding this workspace. Close it and try again.</source>
        <translation>Outro programa está usando este espaço de trabalho. Feche-o e tente de novo.</translation>
    </message>
    <message>
        <source>Trellis cannot open this workspace.</source>
        <translation>O Trellis não consegue abrir este espaço de trabalho.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Não é possível abrir o espaço de trabalho</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it keeps the current file beside it as “.before-restore”.</source>
        <translation>O backup automático mais recente é de %1. Restaurá-lo mantém o arquivo atual ao lado como “.before-restore”.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar o backup mais recente</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>A restauração falhou</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Aberto somente para leitura</translation>
    </message>
    <message>
        <source>This workspace contains database objects that Trellis did not write. They could change records behind your back, so Trellis opened it read-only: you can read and export, but not save.</source>
        <translation>Este espaço de trabalho contém objetos de banco de dados que o Trellis não gravou. Eles poderiam alterar registros sem que você perceba, por isso o Trellis o abriu somente para leitura: você pode ler e exportar, mas não salvar.</translation>
    </message>
    <message>
        <source>What differs from a Trellis workspace:</source>
        <translation>O que difere de um espaço de trabalho do Trellis:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::AboutDialog</name>
    <message>
        <source>About Trellis</source>
        <translation>Sobre o Trellis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trellis %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trellis %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for movements that work together across borders and languages: partners, the reciprocity ledger, solidarity retros and conflict protocols, side by side in two languages.</source>
        <translation>Uma bancada para movimentos que trabalham juntos através de fronteiras e idiomas: parceiros, o livro de reciprocidade, retros de solidariedade e protocolos de conflito, lado a lado em dois idiomas.</translation>
    </message>
    <message>
        <source>Qt %1 · SQLite %2 · ICU %3</source>
        <translation>Qt %1 · SQLite %2 · ICU %3</translation>
    </message>
    <message>
        <source>Trellis is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>O Trellis é software livre: você pode compartilhá-lo e modificá-lo nos termos da Licença Pública Geral GNU, versão 3 ou (a seu critério) qualquer versão posterior (%1). Ele é fornecido sem nenhuma garantia.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ActionsPanel</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <source>&amp;Action in %1:</source>
        <translation>&amp;Ação em %1:</translation>
    </message>
    <message>
        <source>Action in %1 (&amp;B):</source>
        <translation>Ação em %1 (&amp;B):</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sem prazo</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>transferida</translation>
    </message>
    <message numerus="yes">
        <source>Adjust commitments: in the last %n quarter(s), %1 gave %2 to %3 and received %4</source>
        <translation>
            <numerusform>Ajustar compromissos: no último trimestre (%n), %1 deu %2 a %3 e recebeu %4</numerusform>
            <numerusform>Ajustar compromissos: nos últimos %n trimestres, %1 deu %2 a %3 e recebeu %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceMatrixModel</name>
    <message>
        <source>⁨%1⁩ gave ⁨%2⁩: %3</source>
        <translation>⁨%1⁩ deu a ⁨%2⁩: %3</translation>
    </message>
    <message>
        <source>Received back: %1</source>
        <translation>Recebido de volta: %1</translation>
    </message>
    <message>
        <source>Asymmetry of the pair: %1</source>
        <translation>Assimetria do par: %1</translation>
    </message>
    <message>
        <source>Funds awaiting consent: %1</source>
        <translation>Fundos aguardando consentimento: %1</translation>
    </message>
    <message numerus="yes">
        <source>The asymmetry persists: one side gave far more in each of the last %n quarters.</source>
        <translation>
            <numerusform>A assimetria persiste: uma parte deu muito mais no último trimestre (%n).</numerusform>
            <numerusform>A assimetria persiste: uma parte deu muito mais em cada um dos últimos %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave (row)</source>
        <translation>%1 deu (linha)</translation>
    </message>
    <message>
        <source>%1 received (column)</source>
        <translation>%1 recebeu (coluna)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairDetail</name>
    <message>
        <source>The pair&apos;s figures per unit</source>
        <translation>Os números do par por unidade</translation>
    </message>
    <message>
        <source>Contributions not counted in numbers:</source>
        <translation>Contribuições não contadas em números:</translation>
    </message>
    <message>
        <source>Narrative-only contributions of the pair</source>
        <translation>Contribuições só narrativas do par</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix: its pair&apos;s figures appear here.</source>
        <translation>Escolha uma célula da matriz: os números do par aparecem aqui.</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Escolha uma célula da matriz para ver os fluxos do par ao longo do tempo.</translation>
    </message>
    <message>
        <source>⁨%1⁩ and ⁨%2⁩</source>
        <translation>⁨%1⁩ e ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</source>
        <translation>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</translation>
    </message>
    <message>
        <source>No contributions without numbers.</source>
        <translation>Nenhuma contribuição sem números.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairModel</name>
    <message>
        <source>Given / received, in the currency</source>
        <translation>Dado / recebido, na moeda</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Assimetria</translation>
    </message>
    <message>
        <source>Funds proposed</source>
        <translation>Fundos propostos</translation>
    </message>
    <message>
        <source>Funds disbursed</source>
        <translation>Fundos desembolsados</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>Tipo de período</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>A day in the period (the range&apos;s first day)</source>
        <translation>Um dia do período (o primeiro dia do intervalo)</translation>
    </message>
    <message>
        <source>The range&apos;s last day</source>
        <translation>O último dia do intervalo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceView</name>
    <message numerus="yes">
        <source>Rows gave, columns received. Tinted: the pair&apos;s asymmetry persists — one side gave at least three times what it received in each of the last %n quarters.</source>
        <translation>
            <numerusform>As linhas deram, as colunas receberam. Sombreado: a assimetria do par persiste — uma parte deu pelo menos três vezes o que recebeu no último trimestre (%n).</numerusform>
            <numerusform>As linhas deram, as colunas receberam. Sombreado: a assimetria do par persiste — uma parte deu pelo menos três vezes o que recebeu em cada um dos últimos %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>(asymmetry |given − received| / (given + received))</source>
        <translation>(assimetria |dado − recebido| / (dado + recebido))</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Perí&amp;odo:</translation>
    </message>
    <message>
        <source>Unit of the matrix</source>
        <translation>Unidade da matriz</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation>&amp;Mostrar lançamentos</translation>
    </message>
    <message>
        <source>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</source>
        <translation>Abrir o livro de reciprocidade filtrado pelo par e pelo período escolhidos (Enter, ou clique duplo numa célula)</translation>
    </message>
    <message>
        <source>Balance matrix: rows gave, columns received</source>
        <translation>Matriz de balanços: as linhas deram, as colunas receberam</translation>
    </message>
    <message>
        <source>No posted entries with a quantity in this period.</source>
        <translation>Nenhum lançamento lançado com quantidade neste período.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarAgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>o dia todo</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>On the partners&apos; clocks</source>
        <translation>Nos relógios dos parceiros</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 a mais</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarView</name>
    <message>
        <source>Gregorian</source>
        <translation>Gregoriano</translation>
    </message>
    <message>
        <source>Persian (Solar Hijri)</source>
        <translation>Persa (hégira solar)</translation>
    </message>
    <message>
        <source>Islamic (Umm al-Qura)</source>
        <translation>Islâmico (Umm al-Qura)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Budista</translation>
    </message>
    <message>
        <source>Indian national</source>
        <translation>Nacional indiano</translation>
    </message>
    <message>
        <source>Ethiopian</source>
        <translation>Etíope</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mês anterior (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Próximo mês (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Calendar the month is counted in</source>
        <translation>Calendário em que o mês é contado</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendário:</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Dias do mês</translation>
    </message>
    <message>
        <source>What falls on the day chosen</source>
        <translation>O que cai no dia escolhido</translation>
    </message>
    <message>
        <source>Agenda of the month</source>
        <translation>Agenda do mês</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · de %2 a %3</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendário…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CampaignEditor</name>
    <message>
        <source>Starts on</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>ainda não definida</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sem data de término</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Próximo estado</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Alterar estado</translation>
    </message>
    <message>
        <source>Quorum met and active need the listening quorum: every partner has paraphrased the goals of every other, and each paraphrase is acknowledged</source>
        <translation>“Quórum atingido” e “ativa” exigem o quórum de escuta: cada parceiro parafraseou os objetivos de todos os outros, e cada paráfrase foi confirmada</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Intercâmbios culturais</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Data de &amp;início:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Data de &amp;término:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Parceiros:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Cultural exchanges:</source>
        <translation>Intercâmbios culturais:</translation>
    </message>
    <message>
        <source>Listening quorum:</source>
        <translation>Quórum de escuta:</translation>
    </message>
    <message>
        <source>%1, %2 (%3)%4</source>
        <translation>%1, %2 (%3)%4</translation>
    </message>
    <message>
        <source>none planned yet: a campaign becomes active only with one</source>
        <translation>nenhum previsto ainda: uma campanha só fica ativa com um</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>A campaign starts as proposed. It becomes active once every partner has paraphrased the goals of every other in its own language, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>Uma campanha começa como proposta. Ela fica ativa quando cada parceiro tiver parafraseado os objetivos de todos os outros no próprio idioma, cada paráfrase tiver sido confirmada e houver um intercâmbio cultural previsto.</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Adicionar campanha</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campanha</translation>
    </message>
    <message>
        <source>The campaign is now %1. Status changes are kept in its history and are not undone.</source>
        <translation>Novo estado da campanha: %1. As mudanças de estado ficam no histórico e não são desfeitas.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Excluir campanha</translation>
    </message>
    <message>
        <source>Campaign %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Campanha %1 excluída. Desfazer (Ctrl+Z) a traz de volta.</translation>
    </message>
    <message>
        <source>Save or cancel the campaign&apos;s changes first: changing its status reloads it.</source>
        <translation>Salve ou cancele primeiro as alterações da campanha: mudar o estado a recarrega.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CheckInPanel</name>
    <message>
        <source>A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped</source>
        <translation>Uma nota sobre a ação (opcional), depois Ctrl+1 concluída, Ctrl+2 transferida, Ctrl+3 abandonada</translation>
    </message>
    <message>
        <source>One line from this partner, in its language; Enter saves</source>
        <translation>Uma linha deste parceiro, no idioma dele; Enter salva</translation>
    </message>
    <message>
        <source>&amp;Open actions of the previous retro:</source>
        <translation>Ações em &amp;aberto da retro anterior:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Local update from &amp;partner:</source>
        <translation>Atualização local do &amp;parceiro:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>Atuali&amp;zação:</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sem responsável</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>ainda não revisada</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>transferida</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>The previous retro left no open actions.</source>
        <translation>A retro anterior não deixou ações em aberto.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ClosePanel</name>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublicar…</translation>
    </message>
    <message>
        <source>Answers: %1 · themes: %2 · votes: %3 · actions: %4 (carried over: %5) · local updates: %6</source>
        <translation>Respostas: %1 · temas: %2 · votos: %3 · ações: %4 (transferidas: %5) · atualizações locais: %6</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publicada.</translation>
    </message>
    <message>
        <source>Publish this retro&apos;s bilingual record? Its answers, votes and actions become final; translations can still be added.</source>
        <translation>Publicar o registro bilíngue desta retro? As respostas, os votos e as ações dela se tornam definitivos; ainda será possível adicionar traduções.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are not yet in both languages of the pair.</source>
        <translation>
            <numerusform>%n texto ainda não está nos dois idiomas do par.</numerusform>
            <numerusform>%n textos ainda não estão nos dois idiomas do par.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publicar retro</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentDialog</name>
    <message>
        <source>Approve the funds</source>
        <translation>Aprovar os fundos</translation>
    </message>
    <message>
        <source>Withdraw an approval</source>
        <translation>Retirar uma aprovação</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Por quem</translation>
    </message>
    <message>
        <source>the person who speaks for that side</source>
        <translation>a pessoa que fala por essa parte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Parte:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>P&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprovar</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>&amp;Retirar a aprovação</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentPanel</name>
    <message>
        <source>Consent state</source>
        <translation>Estado do consentimento</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Histórico do consentimento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palavra</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprovar…</translation>
    </message>
    <message>
        <source>Record one side&apos;s approval of these funds</source>
        <translation>Registrar a aprovação destes fundos por uma parte</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>&amp;Retirar a aprovação…</translation>
    </message>
    <message>
        <source>Record that one side takes its approval back (kept in the history)</source>
        <translation>Registrar que uma parte retira sua aprovação (mantido no histórico)</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>aprova</translation>
    </message>
    <message>
        <source>withdraws</source>
        <translation>retira</translation>
    </message>
    <message>
        <source>Disbursed: both sides approve.</source>
        <translation>Desembolsados: as duas partes aprovam.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 took its approval back; proposed until both sides approve.</source>
        <translation>Retirada: %1 retirou sua aprovação; propostos até que as duas partes aprovem.</translation>
    </message>
    <message>
        <source>Approved by %1; awaiting %2.</source>
        <translation>Aprovados por %1; aguardando %2.</translation>
    </message>
    <message>
        <source>Proposed: no side approves yet.</source>
        <translation>Propostos: nenhuma parte aprova ainda.</translation>
    </message>
    <message>
        <source>(A reversal takes the consent of entry %1.)</source>
        <translation>(Um estorno assume o consentimento do lançamento %1.)</translation>
    </message>
    <message>
        <source>A reversal takes its original&apos;s consent: approve or withdraw on entry %1.</source>
        <translation>Um estorno assume o consentimento do original: aprove ou retire no lançamento %1.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoverEditor</name>
    <message>
        <source>Kind of crossover</source>
        <translation>Tipo de cruzamento</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Nasceu com</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Renasceu com</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Nasceu em</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Renasceu em</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Born &amp;with:</source>
        <translation>Nasceu &amp;com:</translation>
    </message>
    <message>
        <source>&amp;Reborn with:</source>
        <translation>&amp;Renasceu com:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>&amp;Nasceu em:</translation>
    </message>
    <message>
        <source>Reborn &amp;on:</source>
        <translation>Renasceu &amp;em:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpanhas:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Como foi escrito:</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>ainda não escrito</translation>
    </message>
    <message>
        <source>New narrative crossover</source>
        <translation>Novo cruzamento narrativo</translation>
    </message>
    <message>
        <source>A phrase, metaphor, slogan or strategy born in one partner&apos;s language and reborn in another&apos;s. Write it as born in the language of the partner it was born with, and as reborn in the language of the partner who adopted it.</source>
        <translation>Uma frase, metáfora, slogan ou estratégia nascida no idioma de um parceiro e renascida no de outro. Escreva-a como nasceu, no idioma do parceiro com quem nasceu, e como renasceu, no idioma do parceiro que a adotou.</translation>
    </message>
    <message>
        <source>Write it as born in the language of %1 (%2), not in %3</source>
        <translation>Escreva-a como nasceu, no idioma de %1 (%2), não em %3</translation>
    </message>
    <message>
        <source>Write it as reborn in the language of %1 (%2), not in %3</source>
        <translation>Escreva-a como renasceu, no idioma de %1 (%2), não em %3</translation>
    </message>
    <message>
        <source>Choose the partner it was born with and the partner who adopted it</source>
        <translation>Escolha o parceiro com quem nasceu e o parceiro que a adotou</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another: choose two partners</source>
        <translation>Um cruzamento vai de um parceiro a outro: escolha dois parceiros</translation>
    </message>
    <message>
        <source>Add narrative crossover</source>
        <translation>Adicionar cruzamento narrativo</translation>
    </message>
    <message>
        <source>Edit narrative crossover</source>
        <translation>Editar cruzamento narrativo</translation>
    </message>
    <message>
        <source>Delete narrative crossover</source>
        <translation>Excluir cruzamento narrativo</translation>
    </message>
    <message>
        <source>Narrative crossover deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Cruzamento narrativo excluído. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoversDialog</name>
    <message>
        <source>Narrative crossovers</source>
        <translation>Travessias narrativas</translation>
    </message>
    <message>
        <source>Phrases, metaphors, slogans and strategies born in one partner&apos;s language and reborn in another&apos;s: the proof of internalization, pair by pair.</source>
        <translation>Frases, metáforas, palavras de ordem e estratégias nascidas na língua de um parceiro e renascidas na de outro: a prova de que foram assumidas, par a par.</translation>
    </message>
    <message>
        <source>Pairs of partners</source>
        <translation>Pares de parceiros</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Crossovers</source>
        <translation>Travessias</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primeira</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>The pair&apos;s crossovers over time</source>
        <translation>As travessias do par ao longo do tempo</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Renasceu em</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → para</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>Ao nascer</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Ao renascer</translation>
    </message>
    <message>
        <source>%1 (%2 → %3, %4 → %5)</source>
        <translation>%1 (%2 → %3, %4 → %5)</translation>
    </message>
    <message>
        <source>No crossover is recorded yet.</source>
        <translation>Nenhuma travessia registrada ainda.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CustodianTermEditor</name>
    <message>
        <source>The partner who takes the archive over</source>
        <translation>O parceiro que assume o acervo</translation>
    </message>
    <message>
        <source>Day of the hand-over</source>
        <translation>Dia da entrega</translation>
    </message>
    <message>
        <source>The custodians&apos; rotation it belongs to</source>
        <translation>O rodízio de custodiantes ao qual pertence</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Próximo turno:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>C&amp;ustodiante:</translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation>Entre&amp;gue em:</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>Ro&amp;dízio:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mpre:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>No one takes turns yet: name the partners of a custodians&apos; rotation ritual, or record a first hand-over.</source>
        <translation>Ninguém se reveza ainda: indique os parceiros de um ritual de rodízio de custodiantes ou registre uma primeira entrega.</translation>
    </message>
    <message>
        <source>%1, at the rotation on %2</source>
        <translation>%1, no rodízio de %2</translation>
    </message>
    <message>
        <source>%1 (no rotation ritual gives the day)</source>
        <translation>%1 (nenhum ritual de rodízio define o dia)</translation>
    </message>
    <message>
        <source>They held it last too: the rotation has no one else to hand it to.</source>
        <translation>Também foi custodiante da última vez: o rodízio não tem mais ninguém a quem entregar o acervo.</translation>
    </message>
    <message>
        <source>New hand-over of the archive</source>
        <translation>Nova entrega do acervo</translation>
    </message>
    <message>
        <source>%1 took the archive over on %2</source>
        <translation>%1 assumiu o acervo em %2</translation>
    </message>
    <message>
        <source>“Rotate stewardship of these commons. Assign alternating custodians every cycle to prevent gatekeeping.” Record each hand-over on its day, with what was handed over.</source>
        <translation>“Fazer rodízio na guarda destes bens comuns. Designar custodiantes alternados a cada ciclo para impedir que alguém controle o acesso.” Registre cada entrega no dia em que aconteceu, com o que foi entregue.</translation>
    </message>
    <message>
        <source>The same custodian twice in a row</source>
        <translation>O mesmo custodiante duas vezes seguidas</translation>
    </message>
    <message>
        <source>%1 would hold the archive twice in a row: they also took it over on %2. Rotation keeps the archive from becoming one partner&apos;s gate. Record this hand-over anyway?</source>
        <translation>%1 ficaria com o acervo duas vezes seguidas: também o assumiu em %2. O rodízio impede que o acervo vire domínio de um só parceiro. Registrar esta entrega mesmo assim?</translation>
    </message>
    <message>
        <source>Not saved: choose another custodian, or save again and confirm.</source>
        <translation>Não salvo: escolha outro custodiante ou salve de novo e confirme.</translation>
    </message>
    <message>
        <source>Add hand-over</source>
        <translation>Adicionar entrega</translation>
    </message>
    <message>
        <source>Edit hand-over</source>
        <translation>Editar entrega</translation>
    </message>
    <message>
        <source>Delete hand-over</source>
        <translation>Excluir entrega</translation>
    </message>
    <message>
        <source>Hand-over deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Entrega excluída. Desfazer (Ctrl+Z) a traz de volta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DateField</name>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Escolher a data num calendário (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1</source>
        <translation>Digite uma data, p. ex. %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2</source>
        <translation>“%1” não é uma data: digite-a como %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or %3</source>
        <translation>“%1” não é uma data: digite-a como %2 ou %3</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DiscussPanel</name>
    <message>
        <source>A note on this item; Enter saves it</source>
        <translation>Uma nota sobre este item; Enter a salva</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %n voto</numerusform>
            <numerusform>%1 — %n votos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::EnvoyJourneyEditor</name>
    <message>
        <source>The envoy who travels</source>
        <translation>A enviada que viaja</translation>
    </message>
    <message>
        <source>The partner the envoy leaves from</source>
        <translation>O parceiro de onde a enviada parte</translation>
    </message>
    <message>
        <source>The partner the envoy travels to</source>
        <translation>O parceiro para onde a enviada viaja</translation>
    </message>
    <message>
        <source>First day of the journey</source>
        <translation>Primeiro dia da viagem</translation>
    </message>
    <message>
        <source>Last day of the journey</source>
        <translation>Último dia da viagem</translation>
    </message>
    <message>
        <source>Ledger entries that hosted or funded the journey</source>
        <translation>Lançamentos que hospedaram ou financiaram a viagem</translation>
    </message>
    <message>
        <source>Narrative crossovers the journey carried</source>
        <translation>Cruzamentos narrativos que a viagem levou</translation>
    </message>
    <message>
        <source>&amp;Envoy:</source>
        <translation>E&amp;nviada:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>Sa&amp;i em:</translation>
    </message>
    <message>
        <source>&amp;Back on:</source>
        <translation>&amp;Volta em:</translation>
    </message>
    <message>
        <source>Le&amp;dger entries:</source>
        <translation>&amp;Lançamentos:</translation>
    </message>
    <message>
        <source>&amp;Crossovers carried:</source>
        <translation>&amp;Travessias levadas:</translation>
    </message>
    <message>
        <source>New envoy journey</source>
        <translation>Nova viagem de enviada</translation>
    </message>
    <message>
        <source>⁨%1⁩ from %2 to %3</source>
        <translation>⁨%1⁩ de %2 a %3</translation>
    </message>
    <message>
        <source>“What questions will they carry, what voices will they amplify, and how will the wisdom they gather return home?” Write the questions before the envoy leaves, weigh the risks (carbon, visas, surveillance), and what returned once they are back.</source>
        <translation>“Que perguntas levarão, que vozes amplificarão e como a sabedoria que reunirem voltará para casa?” Escreva as perguntas antes que a enviada parta, pondere os riscos (carbono, vistos, vigilância) e, na volta, o que voltou.</translation>
    </message>
    <message>
        <source>The journey ends (%1) before it begins (%2)</source>
        <translation>A viagem termina (%1) antes de começar (%2)</translation>
    </message>
    <message>
        <source>Add envoy journey</source>
        <translation>Adicionar viagem de enviada</translation>
    </message>
    <message>
        <source>Edit envoy journey</source>
        <translation>Editar viagem de enviada</translation>
    </message>
    <message>
        <source>Delete envoy journey</source>
        <translation>Excluir viagem de enviada</translation>
    </message>
    <message>
        <source>Envoy journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Viagem de enviada excluída. Desfazer (Ctrl+Z) a traz de volta.</translation>
    </message>
    <message>
        <source>Fulf&amp;ils:</source>
        <translation>Cu&amp;mpre:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ExchangeEditor</name>
    <message>
        <source>Kind of exchange</source>
        <translation>Tipo de intercâmbio</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizado em</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Realizado em:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Parceiros:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpanhas:</translation>
    </message>
    <message>
        <source>New cultural exchange</source>
        <translation>Novo intercâmbio cultural</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>An art trade, a study session, a storytelling night: an exchange between at least two partners. Pair it with a campaign here; a campaign becomes active only with one planned.</source>
        <translation>Uma troca de arte, uma sessão de estudo, uma noite de contação de histórias: um intercâmbio entre pelo menos dois parceiros. Vincule-o aqui a uma campanha; uma campanha só fica ativa quando há um intercâmbio previsto com ela.</translation>
    </message>
    <message>
        <source>Add cultural exchange</source>
        <translation>Adicionar intercâmbio cultural</translation>
    </message>
    <message>
        <source>Edit cultural exchange</source>
        <translation>Editar intercâmbio cultural</translation>
    </message>
    <message>
        <source>Delete cultural exchange</source>
        <translation>Excluir intercâmbio cultural</translation>
    </message>
    <message>
        <source>Cultural exchange deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Intercâmbio cultural excluído. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>C&amp;umpre:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FacilitationWindow</name>
    <message>
        <source>Run retro</source>
        <translation>Conduzir retro</translation>
    </message>
    <message>
        <source>This retro is published: it can no longer be run, only translated.</source>
        <translation>Esta retro está publicada: não pode mais ser conduzida, só traduzida.</translation>
    </message>
    <message>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+Page Down / Ctrl+Page Up</translation>
    </message>
    <message>
        <source>next phase / previous phase</source>
        <translation>próxima fase / fase anterior</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>iniciar ou pausar o cronômetro</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>one more minute</source>
        <translation>mais um minuto</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>show or hide the room&apos;s view</source>
        <translation>mostrar ou ocultar a visão da sala</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>desfazer / refazer</translation>
    </message>
    <message>
        <source>Tab, arrows</source>
        <translation>Tab, setas</translation>
    </message>
    <message>
        <source>next field, next answer</source>
        <translation>próximo campo, próxima resposta</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>check-in: done, carried over, dropped</source>
        <translation>check-in: concluída, transferida, abandonada</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3, Enter</source>
        <translation>Alt+1, Alt+2, Alt+3, Enter</translation>
    </message>
    <message>
        <source>write: choose the question, save the answer</source>
        <translation>escrita: escolher a pergunta, salvar a resposta</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>reveal: translate this answer</source>
        <translation>revelação: traduzir esta resposta</translation>
    </message>
    <message>
        <source>Ctrl+G / Ctrl+Shift+G</source>
        <translation>Ctrl+G / Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>group: make a theme of the selected answers / take them out</source>
        <translation>agrupamento: fazer um tema com as respostas selecionadas / retirá-las dele</translation>
    </message>
    <message>
        <source>+ / −, Ctrl+Enter</source>
        <translation>+ / −, Ctrl+Enter</translation>
    </message>
    <message>
        <source>vote: give or take back a vote, close or reopen the vote</source>
        <translation>votação: dar ou retirar um voto, encerrar ou reabrir a votação</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>discuss: save the item&apos;s note</source>
        <translation>discussão: salvar a nota do item</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>actions: add the action</source>
        <translation>ações: adicionar a ação</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>close: publish</source>
        <translation>encerramento: publicar</translation>
    </message>
    <message>
        <source>F1, Esc</source>
        <translation>F1, Esc</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>esta ajuda</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>leave facilitation (everything is already saved)</source>
        <translation>sair da facilitação (tudo já está salvo)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Retro — the room&apos;s view</source>
        <translation>Retro — a visão da sala</translation>
    </message>
    <message>
        <source>%1 retro · %2</source>
        <translation>Retro %1 · %2</translation>
    </message>
    <message>
        <source>anonymous answers welcome</source>
        <translation>respostas anônimas são bem-vindas</translation>
    </message>
    <message>
        <source>named answers only</source>
        <translation>só respostas identificadas</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>o tempo acabou</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(pausado)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>compare this quarter with the three before it</source>
        <translation>comparar este trimestre com os três anteriores</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the retro report, at any phase</source>
        <translation>exportar o relatório da retro, em qualquer fase</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>check-in: begin or end a moment of silence (one minute, its own timer)</source>
        <translation>check-in: iniciar ou encerrar um momento de silêncio (um minuto, com cronômetro próprio)</translation>
    </message>
    <message>
        <source>a moment of silence</source>
        <translation>um momento de silêncio</translation>
    </message>
    <message>
        <source>A moment of silence</source>
        <translation>Um momento de silêncio</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FieldEdit</name>
    <message>
        <source>Translate this</source>
        <translation>Traduzir isto</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Ainda não escrito</translation>
    </message>
    <message>
        <source>Missing in %1 — translate this</source>
        <translation>Falta em %1 — traduza</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Translation status of %1 in %2</source>
        <translation>Estado da tradução de %1 em %2</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — faltando</translation>
    </message>
    <message>
        <source>Apertium did not know these words: %1</source>
        <translation>O Apertium não conhecia estas palavras: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FireDrillEditor</name>
    <message>
        <source>Kind of drill</source>
        <translation>Tipo de simulado</translation>
    </message>
    <message>
        <source>First day of the drill</source>
        <translation>Primeiro dia do simulado</translation>
    </message>
    <message>
        <source>Last day of the drill</source>
        <translation>Último dia do simulado</translation>
    </message>
    <message>
        <source>Partners in the drill</source>
        <translation>Parceiros do simulado</translation>
    </message>
    <message>
        <source>Protocols the drill tested</source>
        <translation>Protocolos que o simulado testou</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Parceiros:</translation>
    </message>
    <message>
        <source>Pro&amp;tocols tested:</source>
        <translation>Protoc&amp;olos testados:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mpre:</translation>
    </message>
    <message>
        <source>New fire drill</source>
        <translation>Novo simulado de emergência</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 de %2 a %3</translation>
    </message>
    <message>
        <source>“Suspend communication for a week to see if local nodes can sustain contact through alternative means. Swap representative roles to expose dependency on individual personalities.” Record a drill once it has been run: at least two partners, and what held or what broke.</source>
        <translation>“Suspender a comunicação por uma semana para ver se os núcleos locais conseguem manter o contato por meios alternativos. Trocar os papéis de representação para expor a dependência de personalidades individuais.” Registre um simulado depois de realizado: pelo menos dois parceiros, e o que resistiu ou o que se rompeu.</translation>
    </message>
    <message>
        <source>The drill ends (%1) before it begins (%2)</source>
        <translation>O simulado termina (%1) antes de começar (%2)</translation>
    </message>
    <message>
        <source>Add fire drill</source>
        <translation>Adicionar simulado de emergência</translation>
    </message>
    <message>
        <source>Edit fire drill</source>
        <translation>Editar simulado de emergência</translation>
    </message>
    <message>
        <source>Fire drill recorded.</source>
        <translation>Simulado de emergência registrado.</translation>
    </message>
    <message>
        <source>Delete fire drill</source>
        <translation>Excluir simulado de emergência</translation>
    </message>
    <message>
        <source>Fire drill deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Simulado de emergência excluído. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FulfilmentPicker</name>
    <message>
        <source>⁨%1⁩ on %2</source>
        <translation>⁨%1⁩ em %2</translation>
    </message>
    <message>
        <source>The ritual occurrence this record fulfils</source>
        <translation>A ocorrência do ritual que este registro cumpre</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Saved, but not linked to the ritual: %1</source>
        <translation>Salvo, mas não vinculado ao ritual: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::GroupPanel</name>
    <message>
        <source>Tags, separated by commas; Ctrl+G groups the selected answers with them</source>
        <translation>Etiquetas, separadas por vírgulas; Ctrl+G agrupa as respostas selecionadas com elas</translation>
    </message>
    <message>
        <source>Theme %1 (%2): %3</source>
        <translation>Tema %1 (%2): %3</translation>
    </message>
    <message>
        <source>Move answers</source>
        <translation>Mover respostas</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportFilePage</name>
    <message>
        <source>UTF-16 little-endian, with a byte-order mark</source>
        <translation>UTF-16 little-endian, com marca de ordem de bytes</translation>
    </message>
    <message>
        <source>UTF-16 little-endian, without a byte-order mark</source>
        <translation>UTF-16 little-endian, sem marca de ordem de bytes</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, with a byte-order mark</source>
        <translation>UTF-16 big-endian, com marca de ordem de bytes</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, without a byte-order mark</source>
        <translation>UTF-16 big-endian, sem marca de ordem de bytes</translation>
    </message>
    <message>
        <source>UTF-8, with a byte-order mark</source>
        <translation>UTF-8, com marca de ordem de bytes</translation>
    </message>
    <message>
        <source>UTF-8, without a byte-order mark</source>
        <translation>UTF-8, sem marca de ordem de bytes</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>The character %1</source>
        <translation>O caractere %1</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Escolha o arquivo</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet: any delimiter, UTF-8 or UTF-16. Nothing is imported before the last step.</source>
        <translation>Um arquivo CSV de uma planilha: qualquer delimitador, UTF-8 ou UTF-16. Nada é importado antes da última etapa.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Procurar o arquivo CSV</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema com o arquivo</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Separador decimal</translation>
    </message>
    <message>
        <source>1,234.50 — decimal point, comma between thousands</source>
        <translation>1,234.50 — ponto decimal, vírgula entre milhares</translation>
    </message>
    <message>
        <source>1.234,50 — decimal comma, point between thousands</source>
        <translation>1.234,50 — vírgula decimal, ponto entre milhares</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de data</translation>
    </message>
    <message>
        <source>ISO only: %1</source>
        <translation>Só ISO: %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2), or ISO</source>
        <translation>%1 (p. ex. %2), ou ISO</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificação:</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <translation>Delimitador detectado:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Primeira linha:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>&amp;Separador decimal:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tas:</translation>
    </message>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Importar o livro de reciprocidade de CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv *.txt *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>%1 (chosen below)</source>
        <translation>%1 (escolhido abaixo)</translation>
    </message>
    <message>
        <source>names the fields (date, from, to, kind, …): the columns map themselves</source>
        <translation>nomeia os campos (date, from, to, kind, …): as colunas se associam sozinhas</translation>
    </message>
    <message>
        <source>is a header that does not name every required field: choose the columns on the next page</source>
        <translation>é um cabeçalho que não nomeia todos os campos obrigatórios: escolha as colunas na próxima página</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From (giving partner)</source>
        <translation>De (parceiro que dá)</translation>
    </message>
    <message>
        <source>To (receiving partner)</source>
        <translation>Para (parceiro que recebe)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>Idioma do relato</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associar as colunas</translation>
    </message>
    <message>
        <source>Choose the column that holds each field; fields marked * are required. The preview shows the first %1 rows as they would be imported.</source>
        <translation>Escolha a coluna que contém cada campo; os campos marcados com * são obrigatórios. A prévia mostra as primeiras %1 linhas como seriam importadas.</translation>
    </message>
    <message>
        <source>Column for %1 (required)</source>
        <translation>Coluna para %1 (obrigatório)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Coluna para %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Prévia das primeiras linhas</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(não está no arquivo)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.</source>
        <translation>Primeiras %L1 linhas: %L2 ok, %L3 rejeitadas, %L4 já importadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them dated inside an agreed pause: the import asks about them first.</source>
        <translation>
            <numerusform>%Ln delas com data dentro de uma pausa acordada: a importação pergunta antes sobre ela.</numerusform>
            <numerusform>%Ln delas com data dentro de uma pausa acordada: a importação pergunta antes sobre elas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Names in the file that match no partner, in any script or spelling. No partner is created unless you confirm it here.</source>
        <translation>Nomes do arquivo que não correspondem a nenhum parceiro, em nenhuma escrita ou grafia. Nenhum parceiro é criado sem que você o confirme aqui.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Names that match no partner</source>
        <translation>Nomes que não correspondem a nenhum parceiro</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nome no arquivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>Primeira linha</translation>
    </message>
    <message>
        <source>Import its rows as</source>
        <translation>Importar suas linhas como</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>Every partner named in the file (%L1 rows) matches a partner.</source>
        <translation>Cada parceiro nomeado no arquivo (%L1 linhas) corresponde a um parceiro.</translation>
    </message>
    <message>
        <source>%L1 names match no partner. Rows that name one are rejected unless you choose a partner for it or confirm a new one.</source>
        <translation>%L1 nomes não correspondem a nenhum parceiro. As linhas que citam um deles são rejeitadas, a menos que você escolha um parceiro para ele ou confirme um novo.</translation>
    </message>
    <message>
        <source>Import the rows of %1 as</source>
        <translation>Importar as linhas de %1 como</translation>
    </message>
    <message>
        <source>Leave its rows out (they are rejected)</source>
        <translation>Deixar as linhas de fora (são rejeitadas)</translation>
    </message>
    <message>
        <source>A new partner named “%1” (confirm)</source>
        <translation>Um novo parceiro chamado “%1” (confirmar)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPreviewModel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitada</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>já importada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>ok, inside an agreed pause</source>
        <translation>ok, dentro de uma pausa acordada</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>The whole file is imported in one step: stopping leaves the ledger exactly as it was.</source>
        <translation>O arquivo inteiro é importado numa só etapa: parar deixa o livro de reciprocidade exatamente como estava.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Parar a importação</translation>
    </message>
    <message>
        <source>Stop the import and save nothing</source>
        <translation>Parar a importação sem salvar nada</translation>
    </message>
    <message>
        <source>Importing… %L1 of %L2 rows read.</source>
        <translation>Importando… %L1 de %L2 linhas lidas.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the ledger is as it was.</source>
        <translation>A importação foi interrompida. Nada foi salvo: o livro de reciprocidade está como estava.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>A importação falhou e nada foi salvo: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 e mais %Ln</numerusform>
            <numerusform>%1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 rest from %3 to %4 (lines %5).</source>
        <translation>%1 e %2 descansam de %3 a %4 (linhas %5).</translation>
    </message>
    <message>
        <source>Lines %1.</source>
        <translation>Linhas %1.</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Dentro de uma pausa acordada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of this file are dated inside a pause their partners agreed. A pause is rest, not abandonment: record them anyway, or leave them out of this import?</source>
        <translation>
            <numerusform>%Ln linha deste arquivo tem data dentro de uma pausa que seus parceiros acordaram. Uma pausa é descanso, não abandono: registrá-la mesmo assim, ou deixá-la fora desta importação?</numerusform>
            <numerusform>%Ln linhas deste arquivo têm data dentro de uma pausa que seus parceiros acordaram. Uma pausa é descanso, não abandono: registrá-las mesmo assim, ou deixá-las fora desta importação?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record them</source>
        <translation>&amp;Registrá-las</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Deixá-las fora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are dated inside an agreed pause.</source>
        <translation>
            <numerusform>%Ln linha tem data dentro de uma pausa acordada.</numerusform>
            <numerusform>%Ln linhas têm data dentro de uma pausa acordada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %Ln row(s) are dated inside an agreed pause. Import the file again to record them or leave them out.</source>
        <translation>
            <numerusform>Nada foi guardado: %Ln linha tem data dentro de uma pausa acordada. Importe o arquivo de novo para registrá-la ou deixá-la fora.</numerusform>
            <numerusform>Nada foi guardado: %Ln linhas têm data dentro de uma pausa acordada. Importe o arquivo de novo para registrá-las ou deixá-las fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>The import is saved. Every row of the file is counted once below.</source>
        <translation>A importação foi salva. Cada linha do arquivo é contada uma vez abaixo.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Linhas lidas:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importadas:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejeitadas:</translation>
    </message>
    <message>
        <source>Duplicates skipped (imported before):</source>
        <translation>Duplicados ignorados (importados antes):</translation>
    </message>
    <message>
        <source>Partners created:</source>
        <translation>Parceiros criados:</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Salvar as linhas rejeitadas…</translation>
    </message>
    <message>
        <source>Save the rejected rows to a CSV file</source>
        <translation>Salvar as linhas rejeitadas num arquivo CSV</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.</source>
        <translation>%L1 importadas + %L2 rejeitadas + %L3 duplicadas = %L4 linhas lidas.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nenhuma linha foi rejeitada.</translation>
    </message>
    <message>
        <source>Each rejected row can be saved with its line number, the reason and its original text, to correct and import again.</source>
        <translation>Cada linha rejeitada pode ser salva com o número da linha, o motivo e o texto original, para corrigir e importar de novo.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejeitadas</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Salvar as linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>Não é possível salvar as linhas rejeitadas</translation>
    </message>
    <message>
        <source>The rejected rows were saved as %1.</source>
        <translation>As linhas rejeitadas foram salvas como %1.</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates + %L4 left out = %L5 rows read.</source>
        <translation>%L1 importadas + %L2 rejeitadas + %L3 duplicadas + %L4 deixadas fora = %L5 linhas lidas.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were left out, as you chose.</source>
        <translation>
            <numerusform>A %Ln linha com data dentro de uma pausa acordada ficou de fora, como escolheu.</numerusform>
            <numerusform>As %Ln linhas com data dentro de uma pausa acordada ficaram de fora, como escolheu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were recorded, as you chose.</source>
        <translation>
            <numerusform>A %Ln linha com data dentro de uma pausa acordada foi registrada, como escolheu.</numerusform>
            <numerusform>As %Ln linhas com data dentro de uma pausa acordada foram registradas, como escolheu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportWizard</name>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Importar o livro de reciprocidade de CSV</translation>
    </message>
</context>
<context>
    <name>trellis::gui::IncidentEditor</name>
    <message>
        <source>Occurred on</source>
        <translation>Ocorreu em</translation>
    </message>
    <message>
        <source>Protocol used</source>
        <translation>Protocolo usado</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>&amp;Ocorreu em:</translation>
    </message>
    <message>
        <source>&amp;Protocol used:</source>
        <translation>&amp;Protocolo usado:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versão %2)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocolo %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Novo incidente</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>Incident recorded.</source>
        <translation>Incidente registrado.</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Editar incidente</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Adicionar incidente</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Excluir incidente</translation>
    </message>
    <message>
        <source>Incident deleted; Undo brings it back.</source>
        <translation>Incidente excluído; Desfazer o traz de volta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerEntryEditor</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>Parceiro que dá</translation>
    </message>
    <message>
        <source>To partner</source>
        <translation>Parceiro que recebe</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Tipo de contribuição</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>exact, e.g. %1</source>
        <translation>exata, p. ex. %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>&amp;Post when saved (final: corrected only by a reversing entry)</source>
        <translation>&amp;Lançar ao salvar (definitivo: corrigido só por um estorno)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;e:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantidade:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>posted ✓</source>
        <translation>lançado ✓</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>reverses entry %1</source>
        <translation>estorna o lançamento %1</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>Novo lançamento</translation>
    </message>
    <message>
        <source>Ledger entry %1</source>
        <translation>Lançamento %1</translation>
    </message>
    <message>
        <source>Type the quantity, or choose “%1” for a narrative-only entry</source>
        <translation>Digite a quantidade ou escolha “%1” para um lançamento só narrativo</translation>
    </message>
    <message>
        <source>Choose the unit of the quantity</source>
        <translation>Escolha a unidade da quantidade</translation>
    </message>
    <message>
        <source>Entry %1 posted. Posted entries are final: use Correct… to reverse one.</source>
        <translation>Lançamento %1 lançado. Lançamentos são definitivos: use Corrigir… para estornar um.</translation>
    </message>
    <message>
        <source>Record ledger entry</source>
        <translation>Registrar lançamento</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>Editar lançamento</translation>
    </message>
    <message>
        <source>Delete draft entry</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <source>Only a posted entry that is not itself a reversal can be corrected.</source>
        <translation>Só um lançamento lançado que não seja um estorno pode ser corrigido.</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Corrigir este lançamento</translation>
    </message>
    <message>
        <source>Trellis will post a reversing entry that cancels entry %1, then open a new entry with its values for you to correct. Continue?</source>
        <translation>O Trellis lançará um estorno que cancela o lançamento %1 e abrirá um novo lançamento com os valores dele para você corrigir. Continuar?</translation>
    </message>
    <message>
        <source>Entry %1 was reversed by entry %2. Correct the values below and save the new entry.</source>
        <translation>O lançamento %1 foi estornado pelo lançamento %2. Corrija os valores abaixo e salve o novo lançamento.</translation>
    </message>
    <message>
        <source>reversed by entry %1</source>
        <translation>estornado pelo lançamento %1</translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2: an entry is reversed only once.</source>
        <translation>O lançamento %1 já foi estornado pelo lançamento %2: um lançamento só pode ser estornado uma vez.</translation>
    </message>
    <message>
        <source>Translate ledger entry</source>
        <translation>Traduzir lançamento do livro</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Dentro de uma pausa acordada</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not abandonment. Record this entry dated %6 anyway?</source>
        <translation>%1 e %2 acordaram uma pausa de %3 a %4: “%5”. Uma pausa é descanso, não abandono. Registrar mesmo assim este lançamento datado de %6?</translation>
    </message>
    <message>
        <source>Not saved: the entry is dated inside the partners&apos; agreed pause. Change its day, or save again and confirm.</source>
        <translation>Não salvo: o lançamento cai dentro da pausa acordada entre os parceiros. Mude a data, ou salve de novo e confirme.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerFilterBar</name>
    <message>
        <source>Any partner</source>
        <translation>Qualquer parceiro</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrar por parceiro</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filtrar por unidade</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Qualquer unidade</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>desde qualquer data</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>até qualquer data</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>Rascunhos e lançados</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Lançados</translation>
    </message>
    <message>
        <source>With any partner</source>
        <translation>Com qualquer parceiro</translation>
    </message>
    <message>
        <source>Filter by the other partner</source>
        <translation>Filtrar pelo outro parceiro</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerListModel</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Falta em %1; mostrado no idioma original (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>trellis::gui::MainWindow</name>
    <message>
        <source>%1 — Trellis</source>
        <translation>%1 — Trellis</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>S&amp;wap language pair</source>
        <translation>&amp;Inverter o par de idiomas</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>Re&amp;tro</source>
        <translation>Re&amp;tro</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;latórios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>&amp;Sobre o Trellis</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Par:</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>Primeiro idioma do par</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Segundo idioma do par</translation>
    </message>
    <message>
        <source>Swap the language pair (Ctrl+L)</source>
        <translation>Inverter o par de idiomas (Ctrl+L)</translation>
    </message>
    <message>
        <source>Swap the language pair</source>
        <translation>Inverter o par de idiomas</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar alterações não salvas</translation>
    </message>
    <message>
        <source>The last session ended with unsaved changes in %1. Recover them?</source>
        <translation>A última sessão terminou com alterações não salvas em %1. Recuperá-las?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find in all records…</source>
        <translation>&amp;Buscar em todos os registros…</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>&amp;Editar registro</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Novo registro</translation>
    </message>
    <message>
        <source>New record in the current section (Ctrl+N)</source>
        <translation>Novo registro na seção atual (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corrigir…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;New retro</source>
        <translation>&amp;Nova retro</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>&amp;Verificar o espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espaço de trabalho…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Open &amp;demo alliance</source>
        <translation>Abrir a aliança de &amp;demonstração</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salvar uma &amp;cópia…</translation>
    </message>
    <message>
        <source>Workspace &amp;properties…</source>
        <translation>&amp;Propriedades do espaço de trabalho…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferências…</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)</source>
        <translation>Buscar em todos os registros (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>Buscar em todos os registros</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nenhum espaço de trabalho recente</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis)</source>
        <translation>Espaços de trabalho do Trellis (*.trellis)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Não é possível criar o espaço de trabalho</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis);;All files (*)</source>
        <translation>Espaços de trabalho do Trellis (*.trellis);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot write the demo alliance</source>
        <translation>Não é possível gravar a aliança de demonstração</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Não é possível salvar uma cópia</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Uma cópia foi salva como %1</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Verificação do espaço de trabalho</translation>
    </message>
    <message>
        <source>The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an unbroken chain.</source>
        <translation>O espaço de trabalho está íntegro: %1 parceiros, %2 lançamentos, %3 deles lançados numa cadeia intacta.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>&amp;Import ledger from CSV…</source>
        <translation>&amp;Importar o livro de reciprocidade de CSV…</translation>
    </message>
    <message>
        <source>The ledger import has finished.</source>
        <translation>A importação do livro de reciprocidade terminou.</translation>
    </message>
    <message>
        <source>%1 is open in another Trellis window, which was brought forward.</source>
        <translation>%1 está aberto em outra janela do Trellis, que foi trazida para a frente.</translation>
    </message>
    <message>
        <source>Reverse this posted entry and record a corrected one (Ctrl+Shift+C)</source>
        <translation>Estornar este lançamento lançado e registrar um corrigido (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative &amp;crossovers…</source>
        <translation>Travessias &amp;narrativas…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendário…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PairFlowChart</name>
    <message>
        <source>Flows of the pair over time</source>
        <translation>Fluxos do par ao longo do tempo</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Escolha uma célula da matriz para ver os fluxos do par ao longo do tempo.</translation>
    </message>
    <message>
        <source>No flows in %1 between these partners in this period.</source>
        <translation>Nenhum fluxo em %1 entre estes parceiros neste período.</translation>
    </message>
    <message>
        <source>⁨%1⁩ → ⁨%2⁩</source>
        <translation>⁨%1⁩ → ⁨%2⁩</translation>
    </message>
    <message>
        <source>Flows per month, in %1</source>
        <translation>Fluxos por mês, em %1</translation>
    </message>
    <message>
        <source>Flows per quarter, in %1</source>
        <translation>Fluxos por trimestre, em %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerEditor</name>
    <message>
        <source>Kind of partner</source>
        <translation>Tipo de parceiro</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>two letters, e.g. LK</source>
        <translation>duas letras, p. ex. LK</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>language tags, e.g. fa, en</source>
        <translation>etiquetas de idioma, p. ex. fa, en</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>e.g. fa-IR-u-ca-persian</source>
        <translation>p. ex. fa-IR-u-ca-persian</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>e.g. Asia/Tehran</source>
        <translation>p. ex. Asia/Tehran</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nome em letras latinas</translation>
    </message>
    <message>
        <source>derived from the name when left empty</source>
        <translation>derivado do nome se deixado vazio</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>&amp;Localidade:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Latin &amp;name:</source>
        <translation>&amp;Nome latino:</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Novo parceiro</translation>
    </message>
    <message>
        <source>This name contains characters that can deceive (hidden direction marks, mixed scripts or look-alike letters). Check it before sharing.</source>
        <translation>Este nome contém caracteres que podem enganar (marcas de direção ocultas, escritas misturadas ou letras parecidas). Verifique-o antes de compartilhar.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Adicionar parceiro</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editar parceiro</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Excluir parceiro</translation>
    </message>
    <message>
        <source>Partner %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Parceiro %1 excluído. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
    <message>
        <source>Our goals, as ⁨%1⁩ paraphrased them</source>
        <translation>Nossos objetivos, na paráfrase de ⁨%1⁩</translation>
    </message>
    <message>
        <source>Translate paraphrase</source>
        <translation>Traduzir paráfrase</translation>
    </message>
    <message>
        <source>Narrative crossovers with other partners, both ways: %1 (%2)</source>
        <translation>Travessias narrativas com outros parceiros, nos dois sentidos: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerListModel</name>
    <message>
        <source>No name in %1 yet; shown in its original language (%2)</source>
        <translation>Ainda sem nome em %1; mostrado no idioma original (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latino</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Sem país</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PauseEditor</name>
    <message>
        <source>One partner</source>
        <translation>Um parceiro</translation>
    </message>
    <message>
        <source>The other partner</source>
        <translation>O outro parceiro</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>Primeiro dia da pausa</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>Último dia da pausa</translation>
    </message>
    <message>
        <source>Day the first partner agreed</source>
        <translation>Dia em que o primeiro parceiro concordou</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>Day the other partner agreed</source>
        <translation>Dia em que o outro parceiro concordou</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>En&amp;tre:</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>&amp;E:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>First agreed &amp;on:</source>
        <translation>O primeiro &amp;concordou em:</translation>
    </message>
    <message>
        <source>Other agreed o&amp;n:</source>
        <translation>O outro concordou e&amp;m:</translation>
    </message>
    <message>
        <source>New pause</source>
        <translation>Nova pausa</translation>
    </message>
    <message>
        <source>Pause from %1 to %2</source>
        <translation>Pausa de %1 a %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>“Silence can be strategic if it is mutual and framed as rest rather than abandonment.” Say why the two partners pause; it is agreed once each side&apos;s consent has a day, and a ledger entry between them dated inside it then asks first.</source>
        <translation>“O silêncio pode ser estratégico se for mútuo e entendido como descanso, não como abandono.” Diga por que os dois parceiros fazem uma pausa; ela fica acordada quando o consentimento de cada lado tem data, e um lançamento entre eles datado dentro dela passa a pedir confirmação.</translation>
    </message>
    <message>
        <source>Proposed: it holds once both sides have agreed.</source>
        <translation>Proposta: vale quando os dois lados tiverem concordado.</translation>
    </message>
    <message>
        <source>Choose the two partners who pause</source>
        <translation>Escolha os dois parceiros que fazem a pausa</translation>
    </message>
    <message>
        <source>Add pause</source>
        <translation>Adicionar pausa</translation>
    </message>
    <message>
        <source>Edit pause</source>
        <translation>Editar pausa</translation>
    </message>
    <message>
        <source>Delete pause</source>
        <translation>Excluir pausa</translation>
    </message>
    <message>
        <source>Pause deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Pausa excluída. Desfazer (Ctrl+Z) a traz de volta.</translation>
    </message>
    <message>
        <source>The pause ends (%1) before it begins (%2)</source>
        <translation>A pausa termina (%1) antes de começar (%2)</translation>
    </message>
    <message>
        <source>Consent to a pause is given before it ends (%1), not on %2</source>
        <translation>O consentimento a uma pausa é dado antes de ela terminar (%1), não em %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>O idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma da &amp;interface:</translation>
    </message>
    <message>
        <source>The new language applies when Trellis starts again.</source>
        <translation>O novo idioma vale quando o Trellis iniciar de novo.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ProtocolEditor</name>
    <message>
        <source>Review due</source>
        <translation>Revisão prevista</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Adicionar &amp;passo</translation>
    </message>
    <message>
        <source>&amp;Review due:</source>
        <translation>&amp;Revisão prevista:</translation>
    </message>
    <message>
        <source>New conflict protocol</source>
        <translation>Novo protocolo de conflito</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>Protocolo salvo como versão 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>Protocolo salvo como versão %1; as versões anteriores são mantidas.</translation>
    </message>
    <message>
        <source>Partner that agrees</source>
        <translation>Parceiro que dá seu acordo</translation>
    </message>
    <message>
        <source>Agreed by (person)</source>
        <translation>Acordado por (pessoa)</translation>
    </message>
    <message>
        <source>who agreed for it</source>
        <translation>quem acordou em nome dele</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado em</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Registrar a&amp;cordo</translation>
    </message>
    <message>
        <source>&amp;Agreement of:</source>
        <translation>&amp;Acordo de:</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version</source>
        <translation>Salve o protocolo primeiro: os parceiros acordam uma versão salva</translation>
    </message>
    <message>
        <source>Records the agreement to version %1 at once (Undo takes it back)</source>
        <translation>Registra na hora o acordo com a versão %1 (Desfazer o retira)</translation>
    </message>
    <message numerus="yes">
        <source>Agreed by %n partner(s). Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</source>
        <translation>
            <numerusform>Acordado por %n parceiro. Salvar uma alteração registra a versão %1, que precisa dos próprios acordos; as versões anteriores são mantidas com os delas.</numerusform>
            <numerusform>Acordado por %n parceiros. Salvar uma alteração registra a versão %1, que precisa dos próprios acordos; as versões anteriores são mantidas com os delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version.</source>
        <translation>Salve o protocolo primeiro: os parceiros acordam uma versão salva.</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Registrar acordo</translation>
    </message>
    <message>
        <source>Agreement recorded.</source>
        <translation>Acordo registrado.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterComparisonView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Retros held</source>
        <translation>Retros realizadas</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Respostas a</translation>
    </message>
    <message>
        <source>Votes given</source>
        <translation>Votos dados</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Ações acordadas</translation>
    </message>
    <message>
        <source>%1 (%2 carried in)</source>
        <translation>%1 (%2 vindas do trimestre anterior)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>transferida</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>ainda em aberto</translation>
    </message>
    <message>
        <source>Tags: answers (votes)</source>
        <translation>Etiquetas: respostas (votos)</translation>
    </message>
    <message>
        <source>%1 — came back in %2 quarters</source>
        <translation>%1 — voltou em %2 trimestres</translation>
    </message>
    <message>
        <source>No retro was held in these quarters.</source>
        <translation>Nenhuma retro foi realizada nestes trimestres.</translation>
    </message>
    <message>
        <source>No tag came back in two quarters of this span.</source>
        <translation>Nenhuma etiqueta voltou em dois trimestres deste intervalo.</translation>
    </message>
    <message>
        <source>Came back in two quarters or more: %1</source>
        <translation>Voltaram em dois trimestres ou mais: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterFacts</name>
    <message>
        <source>The quarter %1 in the ledger</source>
        <translation>O trimestre %1 no livro de reciprocidade</translation>
    </message>
    <message>
        <source>%1 gave %2 %3</source>
        <translation>%1 deu %2 %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recebeu %1</translation>
    </message>
    <message>
        <source>asymmetry %1</source>
        <translation>assimetria %1</translation>
    </message>
    <message>
        <source>Persisting: %1 keeps giving more than %2 in %3</source>
        <translation>Persistente: %1 continua dando mais que %2 em %3</translation>
    </message>
    <message>
        <source>Incidents this quarter: %1 · rupture rehearsals: %2</source>
        <translation>Incidentes neste trimestre: %1 · ensaios de ruptura: %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuorumPanel</name>
    <message>
        <source>Who paraphrases whom</source>
        <translation>Quem parafraseia quem</translation>
    </message>
    <message>
        <source>Paraphrases</source>
        <translation>Parafraseia</translation>
    </message>
    <message>
        <source>the goals of</source>
        <translation>os objetivos de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Write paraphrase…</source>
        <translation>&amp;Escrever paráfrase…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>&amp;Confirmar…</translation>
    </message>
    <message>
        <source>The paraphrased partner says: yes, that is what we mean</source>
        <translation>O parceiro parafraseado diz: sim, é isso que queremos dizer</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <source>The paraphrased partner returns the paraphrase with a note</source>
        <translation>O parceiro parafraseado devolve a paráfrase com uma nota</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>ainda não escrita</translation>
    </message>
    <message>
        <source>The listening quorum is complete: every partner has paraphrased the goals of every other, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>O quórum de escuta está completo: cada parceiro parafraseou os objetivos de todos os outros, cada paráfrase foi confirmada e há um intercâmbio cultural previsto.</translation>
    </message>
    <message>
        <source>The goals of %1, in its words (%2)</source>
        <translation>Os objetivos de %1, nas palavras dele (%2)</translation>
    </message>
    <message>
        <source>As %1 paraphrased them (%2)</source>
        <translation>Na paráfrase de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has not paraphrased them yet</source>
        <translation>%1 ainda não os parafraseou</translation>
    </message>
    <message>
        <source>Choose who paraphrases whom first</source>
        <translation>Escolha primeiro quem parafraseia quem</translation>
    </message>
    <message>
        <source>The paraphrase by %1 is saved: %2 can now acknowledge it.</source>
        <translation>A paráfrase de %1 foi salva: %2 já pode confirmá-la.</translation>
    </message>
    <message>
        <source>There is no paraphrase to acknowledge here</source>
        <translation>Não há nenhuma paráfrase para confirmar aqui</translation>
    </message>
    <message>
        <source>%1 acknowledged the paraphrase of its goals by %2.</source>
        <translation>%1 confirmou a paráfrase que %2 fez dos objetivos dele.</translation>
    </message>
    <message>
        <source>There is no paraphrase to send back here</source>
        <translation>Não há nenhuma paráfrase para devolver aqui</translation>
    </message>
    <message>
        <source>%1 sent the paraphrase by %2 back.</source>
        <translation>%1 devolveu a paráfrase de %2.</translation>
    </message>
    <message>
        <source>Write paraphrase</source>
        <translation>Escrever paráfrase</translation>
    </message>
    <message>
        <source>%1 paraphrases in its own language. Which one?</source>
        <translation>%1 parafraseia no próprio idioma. Em qual?</translation>
    </message>
    <message>
        <source>The goals of %1, as %2 understands them, in %3:</source>
        <translation>Os objetivos de %1, como %2 os entende, em %3:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Who says, for %1: yes, that is what we mean?</source>
        <translation>Quem diz, em nome de %1: “sim, é isso que queremos dizer”?</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Who sends it back, for %1?</source>
        <translation>Quem a devolve, em nome de %1?</translation>
    </message>
    <message>
        <source>What the paraphrase by %1 misses:</source>
        <translation>O que falta na paráfrase de %1:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecordEditor</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Salvar (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Drop the unsaved changes (Esc)</source>
        <translation>Descartar as alterações não salvas (Esc)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Alterações salvas.</translation>
    </message>
    <message>
        <source>Unsaved changes recovered from the last session. Save them, or press Esc to drop them.</source>
        <translation>Alterações não salvas recuperadas da última sessão. Salve-as ou pressione Esc para descartá-las.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>Show the record as it is saved now, dropping the changes made here</source>
        <translation>Mostrar o registro como está salvo agora, descartando as alterações feitas aqui</translation>
    </message>
    <message>
        <source>This record now shows what was saved most recently.</source>
        <translation>Este registro agora mostra o que foi salvo mais recentemente.</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it (another Trellis window or the command line). Your changes cannot be saved to it.</source>
        <translation>Outra pessoa excluiu este registro enquanto você o editava (outra janela do Trellis ou a linha de comando). Suas alterações não podem ser salvas nele.</translation>
    </message>
    <message>
        <source>The record shown was deleted by someone else (another Trellis window or the command line).</source>
        <translation>O registro exibido foi excluído por outra pessoa (outra janela do Trellis ou a linha de comando).</translation>
    </message>
    <message>
        <source>Someone else saved this record (another Trellis window or the command line); it now shows their version.</source>
        <translation>Outra pessoa salvou este registro (outra janela do Trellis ou a linha de comando); agora ele mostra a versão dela.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (another Trellis window or the command line). Save will not overwrite their changes: reload to see them, then make yours again.</source>
        <translation>Outra pessoa salvou este registro enquanto você o editava (outra janela do Trellis ou a linha de comando). Salvar não sobrescreverá as alterações dela: recarregue para vê-las e depois refaça as suas.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecurrenceForm</name>
    <message>
        <source>Monthly on the first %1</source>
        <translation>Todo mês, no primeiro dia que seja %1</translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation>Todo mês, no segundo dia que seja %1</translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation>Todo mês, no terceiro dia que seja %1</translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation>Todo mês, no quarto dia que seja %1</translation>
    </message>
    <message>
        <source>How the ritual repeats</source>
        <translation>Como o ritual se repete</translation>
    </message>
    <message>
        <source>Repeats every how many weeks, months or years</source>
        <translation>A cada quantas semanas, meses ou anos se repete</translation>
    </message>
    <message>
        <source>When the repeats end</source>
        <translation>Quando as repetições terminam</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>Numa data</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Depois de um número de vezes</translation>
    </message>
    <message>
        <source>Last day it may fall on</source>
        <translation>Último dia em que pode cair</translation>
    </message>
    <message>
        <source>How many times it happens, the first included</source>
        <translation>Quantas vezes acontece, incluindo a primeira</translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545 RRULE)</source>
        <translation>Regra de recorrência (RFC 5545 RRULE)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetição:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>A &amp;cada:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gra:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Não se repete</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Toda semana, %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Todo mês, no dia %1</translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation>Todo mês, no último dia que seja %1</translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation>Todo ano, em %1 de %2</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regra personalizada (RRULE)</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>ano</numerusform>
            <numerusform>anos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>mês</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <comment>after a count</comment>
        <translation>
            <numerusform> vez</numerusform>
            <numerusform> vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recurrence rule, such as FREQ=MONTHLY;BYDAY=1SA</source>
        <translation>Escreva a regra de recorrência, p. ex. FREQ=MONTHLY;BYDAY=1SA</translation>
    </message>
    <message>
        <source>Give the last day the ritual may fall on</source>
        <translation>Informe o último dia em que o ritual pode cair</translation>
    </message>
    <message>
        <source>The repeats end before the ritual&apos;s first date</source>
        <translation>As repetições terminam antes da primeira data do ritual</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RehearsalEditor</name>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Realizada em:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <source>New rupture rehearsal</source>
        <translation>Novo ensaio de ruptura</translation>
    </message>
    <message>
        <source>Rupture rehearsal %1</source>
        <translation>Ensaio de ruptura %1</translation>
    </message>
    <message>
        <source>Rehearsal recorded.</source>
        <translation>Ensaio registrado.</translation>
    </message>
    <message>
        <source>Edit rehearsal</source>
        <translation>Editar ensaio</translation>
    </message>
    <message>
        <source>Add rehearsal</source>
        <translation>Adicionar ensaio</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Excluir ensaio</translation>
    </message>
    <message>
        <source>Rehearsal deleted; Undo brings it back.</source>
        <translation>Ensaio excluído; Desfazer o traz de volta.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mpre:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ReportDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Exportar acervo</translation>
    </message>
    <message>
        <source>Ledger review</source>
        <translation>Revisão do livro de reciprocidade</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Relatório de retro</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Manual de protocolos</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Diretório de parceiros</translation>
    </message>
    <message>
        <source>all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</source>
        <translation>todo o período, ou 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todos os parceiros</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Não disponível nesta versão</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Escolha dois idiomas diferentes.</translation>
    </message>
    <message>
        <source>Choose a folder for the archive.</source>
        <translation>Escolha uma pasta para o acervo.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Escolha onde salvar o relatório.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <source>%1 export is not available in this build.</source>
        <translation>A exportação em %1 não está disponível nesta versão.</translation>
    </message>
    <message>
        <source>Preview of the whole report.</source>
        <translation>Prévia do relatório inteiro.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n rows.</source>
        <translation>
            <numerusform>Prévia da primeira linha (%n).</numerusform>
            <numerusform>Prévia das primeiras %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Interrompido. Nada foi salvo.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvo em %1.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Pasta do acervo</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Ledger review…</source>
        <translation>Revisão do &amp;livro de reciprocidade…</translation>
    </message>
    <message>
        <source>&amp;Retro report…</source>
        <translation>Relatório de &amp;retro…</translation>
    </message>
    <message>
        <source>&amp;Protocol handbook…</source>
        <translation>Manual de &amp;protocolos…</translation>
    </message>
    <message>
        <source>Partner &amp;directory…</source>
        <translation>&amp;Diretório de parceiros…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>Exportar &amp;acervo…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Parc&amp;eiro:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>Cus&amp;todian:</source>
        <translation>&amp;Custodiante:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Pas&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Salvar como:</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>A&amp;brir ao terminar</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pré&amp;via</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>P&amp;arar</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroAnswerFacts</name>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Resposta %1</translation>
    </message>
    <message>
        <source>Votes for answer %1</source>
        <translation>Votos da resposta %1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One more vote for answer %1</source>
        <translation>Mais um voto para a resposta %1</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por vírgulas</translation>
    </message>
    <message>
        <source>Tags of answer %1</source>
        <translation>Etiquetas da resposta %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroEditor</name>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitadora</translation>
    </message>
    <message>
        <source>First language of the retro</source>
        <translation>Primeiro idioma da retro</translation>
    </message>
    <message>
        <source>Second language of the retro</source>
        <translation>Segundo idioma da retro</translation>
    </message>
    <message>
        <source>Question of the new answer</source>
        <translation>Pergunta da nova resposta</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>Adicionar re&amp;sposta</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Adicionar a&amp;ção</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Realizada em:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitadora:</translation>
    </message>
    <message>
        <source>Language &amp;pair:</source>
        <translation>&amp;Par de idiomas:</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>Resposta %1 · %2</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>Nova retro</translation>
    </message>
    <message>
        <source>Retro %1</source>
        <translation>Retro %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>não publicada</translation>
    </message>
    <message>
        <source>Answers: %1 · actions: %2</source>
        <translation>Respostas: %1 · ações: %2</translation>
    </message>
    <message>
        <source>Add retro</source>
        <translation>Adicionar retro</translation>
    </message>
    <message>
        <source>Edit retro</source>
        <translation>Editar retro</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublicar…</translation>
    </message>
    <message>
        <source>Publish the bilingual record: final, only translations can change afterwards</source>
        <translation>Publicar o registro bilíngue: definitivo, depois só as traduções podem mudar</translation>
    </message>
    <message>
        <source>Votes and tags:</source>
        <translation>Votos e etiquetas:</translation>
    </message>
    <message>
        <source>published %1 ✓</source>
        <translation>publicada em %1 ✓</translation>
    </message>
    <message>
        <source>Published: the answers, votes, tags and actions are final; translations can still be added.</source>
        <translation>Publicada: as respostas, os votos, as etiquetas e as ações são definitivos; ainda é possível adicionar traduções.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Excluir retro</translation>
    </message>
    <message>
        <source>Retro deleted; Undo brings it back.</source>
        <translation>Retro excluída; Desfazer a traz de volta.</translation>
    </message>
    <message>
        <source>Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags and actions can no longer change, and it cannot be deleted. Translations can still be added.</source>
        <translation>Publicar o registro bilíngue da retro %1? Publicar é definitivo: as respostas, os votos, as etiquetas e as ações dela não poderão mais mudar, e ela não poderá ser excluída. Ainda será possível adicionar traduções.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing in %1</source>
        <translation>
            <numerusform>%n texto faltando em %1</numerusform>
            <numerusform>%n textos faltando em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet bilingual: %1.</source>
        <translation>Ainda não bilíngue: %1.</translation>
    </message>
    <message>
        <source>Save the retro before publishing it.</source>
        <translation>Salve a retro antes de publicá-la.</translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publicar retro</translation>
    </message>
    <message>
        <source>Published. Only translations can change from now on.</source>
        <translation>Publicada. De agora em diante, só as traduções podem mudar.</translation>
    </message>
    <message>
        <source>Retro %1 published.</source>
        <translation>Retro %1 publicada.</translation>
    </message>
    <message>
        <source>The retro&apos;s pair is the one its room, its reports and its archive use. The columns below follow the toolbar&apos;s pair, so you can translate into any language.</source>
        <translation>O par da retro é o que a sala, os relatórios e o acervo dela usam. As colunas abaixo seguem o par da barra de ferramentas, para que você possa traduzir para qualquer idioma.</translation>
    </message>
    <message>
        <source>Shared risks taken this quarter, for “%1”: %2</source>
        <translation>Riscos compartilhados assumidos neste trimestre, para “%1”: %2</translation>
    </message>
    <message>
        <source>Shared risks cited:</source>
        <translation>Riscos compartilhados citados:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mpre:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroRiskCitations</name>
    <message>
        <source>Answer that cites</source>
        <translation>Resposta que cita</translation>
    </message>
    <message>
        <source>Shared risks cited</source>
        <translation>Riscos compartilhados citados</translation>
    </message>
    <message>
        <source>Answer %1 · ⁨%2⁩</source>
        <translation>Resposta %1 · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Save an answer to “%1” to cite the shared risks that proved the alliance.</source>
        <translation>Salve uma resposta a “%1” para citar os riscos compartilhados que provaram a aliança.</translation>
    </message>
    <message>
        <source>No shared risk was recorded in this quarter.</source>
        <translation>Nenhum risco compartilhado foi registrado neste trimestre.</translation>
    </message>
    <message>
        <source>Choose the answer that cites the risk</source>
        <translation>Escolha a resposta que cita o risco</translation>
    </message>
    <message>
        <source>Cite shared risk</source>
        <translation>Citar risco compartilhado</translation>
    </message>
    <message>
        <source>Withdraw citation</source>
        <translation>Retirar citação</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroSession</name>
    <message>
        <source>Add answer</source>
        <translation>Adicionar resposta</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Resposta salva.</translation>
    </message>
    <message>
        <source>Translate answer</source>
        <translation>Traduzir resposta</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>Retirar um voto</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Encerrar a votação</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Reabrir a votação</translation>
    </message>
    <message>
        <source>Group answers</source>
        <translation>Agrupar respostas</translation>
    </message>
    <message>
        <source>Move answer</source>
        <translation>Mover resposta</translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation>Etiquetar tema</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Atualização local</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Adicionar ação</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Ação salva.</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Mudar de fase</translation>
    </message>
    <message>
        <source>Change the vote rules</source>
        <translation>Mudar as regras da votação</translation>
    </message>
    <message>
        <source>Each participant now has %1 votes, at most %2 on one answer.</source>
        <translation>Agora cada participante tem %1 votos, no máximo %2 numa mesma resposta.</translation>
    </message>
    <message>
        <source>Welcome anonymous answers</source>
        <translation>Aceitar respostas anônimas</translation>
    </message>
    <message>
        <source>Take named answers only</source>
        <translation>Aceitar só respostas identificadas</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome.</source>
        <translation>Respostas anônimas são bem-vindas.</translation>
    </message>
    <message>
        <source>Answers are named from now on.</source>
        <translation>De agora em diante, as respostas são identificadas.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Revisar ação</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RevealPanel</name>
    <message>
        <source>The answer in %1; Enter saves, Esc leaves it</source>
        <translation>A resposta em %1; Enter salva, Esc a deixa como está</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RitualEditor</name>
    <message>
        <source>Kind of ritual</source>
        <translation>Tipo de ritual</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>Primeira data</translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation>Em &amp;horário fixo</translation>
    </message>
    <message>
        <source>Start time on the organizer&apos;s clock</source>
        <translation>Horário de início no relógio de quem organiza</translation>
    </message>
    <message>
        <source>Organizer&apos;s time zone</source>
        <translation>Fuso horário de quem organiza</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation>Quanto dura, em minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Partners who take part</source>
        <translation>Parceiros que participam</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation>Primeira &amp;data:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Horário:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Próximas datas:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Parceiros:</translation>
    </message>
    <message>
        <source>New ritual</source>
        <translation>Novo ritual</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 a partir de %2</translation>
    </message>
    <message>
        <source>“Set quarterly listening circles, rotate caretaking duties, and schedule pauses between collaborations.” A ritual at a set time is held at one moment on the organizer&apos;s clock; the calendar shows it on each partner&apos;s. File ▸ Export calendar… hands the rituals to calendar apps.</source>
        <translation>“Marcar rodas de escuta trimestrais, fazer rodízio das tarefas de cuidado e agendar pausas entre colaborações.” Um ritual em horário fixo acontece num único momento no relógio de quem o organiza; o calendário o mostra no relógio de cada parceiro. Arquivo ▸ Exportar calendário… entrega os rituais aos aplicativos de calendário.</translation>
    </message>
    <message>
        <source>(none while the date, time or rule is not complete)</source>
        <translation>(nenhuma enquanto a data, o horário ou a regra não estiver completa)</translation>
    </message>
    <message>
        <source>none after today</source>
        <translation>nenhuma depois de hoje</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>às %1, %2</translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation>Adicionar ritual</translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation>Editar ritual</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>Excluir ritual</translation>
    </message>
    <message>
        <source>Ritual deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Ritual excluído. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SearchPanel</name>
    <message>
        <source>Retro</source>
        <translation>Retro</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>Nada encontrado. Quaisquer três letras de uma palavra a encontram, em qualquer escrita.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n registro encontrado</numerusform>
            <numerusform>%n registros encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::SectionPage</name>
    <message>
        <source>%1 list</source>
        <translation>Lista de %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before leaving it?</source>
        <translation>Este registro tem alterações não salvas. Salvá-las antes de sair?</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedFile</name>
    <message>
        <source>Read-only: this workspace contains database objects Trellis did not write. You can read, search and export, but not save.</source>
        <translation>Somente leitura: este espaço de trabalho contém objetos de banco de dados que o Trellis não gravou. Você pode ler, buscar e exportar, mas não salvar.</translation>
    </message>
    <message>
        <source>Read-only: you do not have permission to change this file. You can read, search and export, but not save.</source>
        <translation>Somente leitura: você não tem permissão para alterar este arquivo. Você pode ler, buscar e exportar, mas não salvar.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedRiskEditor</name>
    <message>
        <source>Taken on</source>
        <translation>Assumido em</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Assumido por</translation>
    </message>
    <message>
        <source>Each partner checked bore a part of the risk and gets a field for it below</source>
        <translation>Cada parceiro marcado assumiu uma parte do risco e ganha abaixo um campo para descrevê-la</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Lançamentos</translation>
    </message>
    <message>
        <source>entry numbers, e.g. %1</source>
        <translation>números de lançamento, p. ex. %1</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>Assumido &amp;em:</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>Assumido &amp;por:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpanhas:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidentes:</translation>
    </message>
    <message>
        <source>Ledger &amp;entries:</source>
        <translation>&amp;Lançamentos:</translation>
    </message>
    <message>
        <source>Part borne by ⁨%1⁩</source>
        <translation>Parte assumida por ⁨%1⁩</translation>
    </message>
    <message>
        <source>New shared risk</source>
        <translation>Novo risco compartilhado</translation>
    </message>
    <message>
        <source>A risk the partners took together, and the part each bore. The retro&apos;s third question (which shared risk proved our alliance?) can cite it.</source>
        <translation>Um risco que os parceiros assumiram juntos, e a parte que cada um assumiu. A terceira pergunta da retro (que risco compartilhado provou nossa aliança?) pode citá-lo.</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n answer(s) to the retro&apos;s third question.</source>
        <translation>
            <numerusform>Citado por %n resposta à terceira pergunta da retro.</numerusform>
            <numerusform>Citado por %n respostas à terceira pergunta da retro.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a ledger entry number</source>
        <translation>“%1” não é um número de lançamento</translation>
    </message>
    <message>
        <source>Add shared risk</source>
        <translation>Adicionar risco compartilhado</translation>
    </message>
    <message>
        <source>Edit shared risk</source>
        <translation>Editar risco compartilhado</translation>
    </message>
    <message>
        <source>Delete shared risk</source>
        <translation>Excluir risco compartilhado</translation>
    </message>
    <message>
        <source>Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.</source>
        <translation>Risco compartilhado excluído com as citações. Desfazer (Ctrl+Z) traz o risco de volta, não as citações.</translation>
    </message>
    <message>
        <source>Shared risk deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Risco compartilhado excluído. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2 · %3 %4</source>
        <translation>Paridade de compreensão: %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TextColumn</name>
    <message>
        <source>Language of the first column</source>
        <translation>Idioma da primeira coluna</translation>
    </message>
    <message>
        <source>Language of the second column</source>
        <translation>Idioma da segunda coluna</translation>
    </message>
    <message>
        <source>The date in this language&apos;s calendar</source>
        <translation>A data no calendário deste idioma</translation>
    </message>
    <message>
        <source>parity %1</source>
        <translation>paridade %1</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>Paridade de compreensão: %1 de %2 textos escritos podem ser lidos neste idioma</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueModel</name>
    <message>
        <source>%1 · settled</source>
        <translation>%1 · definitivo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Original in</source>
        <translation>Original em</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palavras</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueView</name>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Original in:</source>
        <translation>&amp;Original em:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Fields waiting for a translation</source>
        <translation>Campos que aguardam tradução</translation>
    </message>
    <message>
        <source>Open field</source>
        <translation>Abrir campo</translation>
    </message>
    <message>
        <source>Open the field beside its original (Enter); F8 goes on to the next one</source>
        <translation>Abrir o campo ao lado do original (Enter); F8 passa para o próximo</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Gerar rascunhos com o &amp;Apertium…</translation>
    </message>
    <message>
        <source>Fill the selected missing fields (or the whole queue) with Apertium&apos;s offline machine translation, marked as machine drafts for review</source>
        <translation>Preencher os campos faltantes selecionados (ou a fila inteira) com a tradução automática offline do Apertium, marcada como rascunho automático para revisão</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>qualquer idioma</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>todos os registros</translation>
    </message>
    <message>
        <source>missing or machine draft</source>
        <translation>faltando ou rascunho automático</translation>
    </message>
    <message>
        <source>Nothing waits for a translation into %1.</source>
        <translation>Nada aguarda tradução para %1.</translation>
    </message>
    <message>
        <source>%1 fields wait for a translation into %2.</source>
        <translation>%1 campos aguardam tradução para %2.</translation>
    </message>
    <message>
        <source>That was the last field waiting for a translation into %1.</source>
        <translation>Esse era o último campo que aguardava tradução para %1.</translation>
    </message>
    <message>
        <source>No missing field to draft: machine drafts wait for a person&apos;s review.</source>
        <translation>Não há campos faltantes para gerar rascunhos: os rascunhos automáticos aguardam a revisão de uma pessoa.</translation>
    </message>
    <message numerus="yes">
        <source>Draft the %n selected missing field(s) into %1 with Apertium?</source>
        <translation>
            <numerusform>Gerar com o Apertium um rascunho em %1 para o campo faltante selecionado (%n)?</numerusform>
            <numerusform>Gerar com o Apertium rascunhos em %1 para os %n campos faltantes selecionados?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft all %n missing field(s) of the queue into %1 with Apertium?</source>
        <translation>
            <numerusform>Gerar com o Apertium um rascunho em %1 para o campo faltante da fila (%n)?</numerusform>
            <numerusform>Gerar com o Apertium rascunhos em %1 para todos os %n campos faltantes da fila?</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft with Apertium</source>
        <translation>Gerar rascunhos com o Apertium</translation>
    </message>
    <message>
        <source>Drafts are marked machine: they do not count as readable until a person edits or reviews them.</source>
        <translation>Os rascunhos são marcados como automáticos: não contam como legíveis até que uma pessoa os edite ou revise.</translation>
    </message>
    <message>
        <source>Apertium is drafting into %1…</source>
        <translation>O Apertium está gerando rascunhos em %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Apertium is drafting…</source>
        <translation>O Apertium está gerando rascunhos…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) drafted by Apertium, marked machine for review.</source>
        <translation>
            <numerusform>%n campo com rascunho do Apertium, marcado como automático para revisão.</numerusform>
            <numerusform>%n campos com rascunho do Apertium, marcados como automáticos para revisão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apertium drafted %n field(s).</source>
        <translation>
            <numerusform>O Apertium gerou o rascunho de %n campo.</numerusform>
            <numerusform>O Apertium gerou rascunhos de %n campos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::UnknownWordMarks</name>
    <message>
        <source>Apertium did not know this word</source>
        <translation>O Apertium não conhecia esta palavra</translation>
    </message>
</context>
<context>
    <name>trellis::gui::VotePanel</name>
    <message>
        <source>&amp;Voter:</source>
        <translation>&amp;Votante:</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n voto</numerusform>
            <numerusform>%n votos</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting: tallies are shown when the vote closes.</source>
        <translation>Votação em curso: as contagens aparecem quando a votação for encerrada.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in all</source>
        <translation>
            <numerusform>%n voto no total</numerusform>
            <numerusform>%n votos no total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of this voter&apos;s votes</source>
        <translation>
            <numerusform>%n voto deste votante</numerusform>
            <numerusform>%n votos deste votante</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote is closed (Ctrl+Enter reopens it).</source>
        <translation>A votação está encerrada (Ctrl+Enter a reabre).</translation>
    </message>
    <message>
        <source>%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, Ctrl+Enter closes the vote.</source>
        <translation>Restam %1 de %2 votos a este votante, no máximo %3 numa mesma resposta. + dá um voto, − retira um, Ctrl+Enter encerra a votação.</translation>
    </message>
    <message>
        <source>Votes &amp;each participant has:</source>
        <translation>Votos de &amp;cada participante:</translation>
    </message>
    <message>
        <source>At &amp;most on one answer:</source>
        <translation>No &amp;máximo numa mesma resposta:</translation>
    </message>
    <message>
        <source>Each participant has %1 votes, at most %2 on one answer.</source>
        <translation>Cada participante tem %1 votos, no máximo %2 numa mesma resposta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WelcomePage</name>
    <message>
        <source>Welcome to Trellis</source>
        <translation>Boas-vindas ao Trellis</translation>
    </message>
    <message>
        <source>This workspace is empty. It will keep your alliance&apos;s partners, its reciprocity ledger, its retros and its conflict protocols, each in two languages side by side. Begin in one of four ways:</source>
        <translation>Este espaço de trabalho está vazio. Ele guardará os parceiros da sua aliança, o livro de reciprocidade, as retros e os protocolos de conflito, cada um em dois idiomas lado a lado. Comece de uma destas quatro maneiras:</translation>
    </message>
    <message>
        <source>1  Name the alliance and its working languages</source>
        <translation>1  Dê um nome à aliança e defina os idiomas de trabalho</translation>
    </message>
    <message>
        <source>The languages its partners read and write, in order; any two of them sit side by side.</source>
        <translation>Os idiomas que os parceiros leem e escrevem, em ordem; quaisquer dois deles ficam lado a lado.</translation>
    </message>
    <message>
        <source>2  Add the first partner</source>
        <translation>2  Adicione o primeiro parceiro</translation>
    </message>
    <message>
        <source>A movement, union, collective or envoy, named in its own script.</source>
        <translation>Um movimento, sindicato, coletivo ou enviada, com o nome na própria escrita.</translation>
    </message>
    <message>
        <source>3  Open the demo alliance</source>
        <translation>3  Abra a aliança de demonstração</translation>
    </message>
    <message>
        <source>Eleven partners, each writing in its own script, with a ledger and retros, to look around first.</source>
        <translation>Onze parceiros, cada um escrevendo na própria escrita, com um livro de reciprocidade e retros, para explorar antes de começar.</translation>
    </message>
    <message>
        <source>4  Import a spreadsheet</source>
        <translation>4  Importe uma planilha</translation>
    </message>
    <message>
        <source>The ledger you kept until now, from a CSV file; its partners are created as you confirm them.</source>
        <translation>O livro de reciprocidade que você mantinha até agora, de um arquivo CSV; os parceiros são criados à medida que você os confirma.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Boas-vindas a %1</translation>
    </message>
    <message>
        <source>Working languages now: %1. Change them, and give the alliance its name.</source>
        <translation>Idiomas de trabalho atuais: %1. Altere-os e dê um nome à aliança.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspacePropertiesDialog</name>
    <message>
        <source>Workspace properties</source>
        <translation>Propriedades do espaço de trabalho</translation>
    </message>
    <message>
        <source>Language tags in order, separated by commas, e.g. fa, es, en</source>
        <translation>Etiquetas de idioma em ordem, separadas por vírgulas, p. ex. fa, es, en</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, p. ex. EUR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>Idiomas de &amp;trabalho:</translation>
    </message>
    <message>
        <source>&amp;Home partner:</source>
        <translation>Parceiro &amp;local:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Moeda padrão:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspaceStatus</name>
    <message>
        <source>· no automatic backup yet</source>
        <translation>· ainda sem backup automático</translation>
    </message>
    <message>
        <source>· last backup %1</source>
        <translation>· último backup %1</translation>
    </message>
    <message>
        <source>· parity: counting…</source>
        <translation>· paridade: contando…</translation>
    </message>
    <message>
        <source>· parity %1</source>
        <translation>· paridade %1</translation>
    </message>
    <message>
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language. Click a language to see what waits for a translation into it.</source>
        <translation>Paridade de compreensão: a parcela dos textos do espaço de trabalho que podem ser lidos em cada idioma de trabalho. Clique num idioma para ver o que aguarda tradução para ele.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WritePanel</name>
    <message>
        <source>What felt extractive?</source>
        <translation>O que pareceu extrativo?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>O que pareceu transformador?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>Que risco compartilhado provou nossa aliança?</translation>
    </message>
    <message>
        <source>The answer as it is said; Enter saves it</source>
        <translation>A resposta tal como foi dita; Enter a salva</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pergunta:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Resposta:</translation>
    </message>
    <message>
        <source>Anonymous (no author is kept)</source>
        <translation>Anônima (a autoria não é guardada)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written, hidden until Reveal</source>
        <translation>
            <numerusform>%n resposta escrita, oculta até a Revelação</numerusform>
            <numerusform>%n respostas escritas, ocultas até a Revelação</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous answers &amp;welcome (no author is kept for them)</source>
        <translation>Respostas anônimas &amp;bem-vindas (a autoria delas não é guardada)</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome: no author is kept for them.</source>
        <translation>Respostas anônimas são bem-vindas: a autoria delas não é guardada.</translation>
    </message>
    <message>
        <source>Answers are named in this retro.</source>
        <translation>Nesta retro, as respostas são identificadas.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffExportDialog</name>
    <message>
        <source>Export for translation (XLIFF)</source>
        <translation>Exportar para tradução (XLIFF)</translation>
    </message>
    <message>
        <source>Writes the fields whose original is in one language and that are missing in another as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the translated file with File ▸ Import translations (XLIFF)…</source>
        <translation>Grava os campos cujo original está num idioma e que faltam em outro num único arquivo XLIFF 1.2 para uma ferramenta de tradução (OmegaT, Lokalize, Weblate). Importe o arquivo traduzido com Arquivo ▸ Importar traduções (XLIFF)…</translation>
    </message>
    <message>
        <source>&amp;Originals in:</source>
        <translation>&amp;Originais em:</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;Traduzir para:</translation>
    </message>
    <message>
        <source>Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)</source>
        <translation>XLIFF 1.2 padrão (Lokalize, Weblate, translate-toolkit)</translation>
    </message>
    <message>
        <source>OmegaT (a copy of the original in each target)</source>
        <translation>OmegaT (uma cópia do original em cada destino)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialeto:</translation>
    </message>
    <message>
        <source>Include &amp;machine drafts, for review</source>
        <translation>Incluir &amp;rascunhos automáticos, para revisão</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Arquivos XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Escolha dois idiomas diferentes.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Escolha o arquivo a gravar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) written to %1.</source>
        <translation>
            <numerusform>%n campo gravado em %1.</numerusform>
            <numerusform>%n campos gravados em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffImportReport</name>
    <message>
        <source>Translations imported</source>
        <translation>Traduções importadas</translation>
    </message>
    <message>
        <source>%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 → %2: %3 lidas, %4 atualizadas, %5 inalteradas, %6 recusadas.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motivo da recusa</translation>
    </message>
    <message>
        <source>Refused units changed nothing. Export again to translate them from the current originals.</source>
        <translation>As unidades recusadas não alteraram nada. Exporte de novo para traduzi-las a partir dos originais atuais.</translation>
    </message>
</context>
<context>
    <name>trellis::reports::OdtWriter</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>Não é possível gravar o relatório.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>tradução faltando</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>tradução automática</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>tradução humana, não revisada</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>tradução revisada</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadeia do livro de reciprocidade</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Topo da cadeia (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>nenhum lançamento lançado</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Lançamentos abrangidos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar com</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Topo da cadeia do livro de reciprocidade %1… · %2 lançamentos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>trellis::reports::PdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>tradução automática</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>tradução humana, não revisada</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>tradução revisada</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation>A exportação foi interrompida; nada foi gravado.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>tradução faltando</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadeia do livro de reciprocidade</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Topo da cadeia (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>nenhum lançamento lançado</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Lançamentos abrangidos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar com</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Topo da cadeia do livro de reciprocidade %1… · %2 lançamentos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved. The log names the cause.</source>
        <translation>Não foi possível tornar o PDF um PDF de arquivamento (PDF/A-1b), por isso ele não foi salvo. O registro indica a causa.</translation>
    </message>
</context>
</TS>
