<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Every ledger entry</source>
        <translation>Todos los asientos</translation>
    </message>
    <message>
        <source>Bilingual archive</source>
        <translation>Archivo documental bilingüe</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Traspaso</translation>
    </message>
    <message>
        <source>Nothing is posted in the ledger yet.</source>
        <translation>Aún no hay nada asentado en el libro de reciprocidad.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadena del libro de reciprocidad</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Cabeza (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Asientos cubiertos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar con</translation>
    </message>
    <message>
        <source>Every record of the alliance, side by side in %1 and %2. This archive opens in any browser, offline; MANIFEST.sha256 lists the SHA-256 of every file (check it with: sha256sum -c MANIFEST.sha256).</source>
        <translation>Todos los registros de la alianza, lado a lado en %1 y %2. Este archivo documental se abre en cualquier navegador, sin conexión; MANIFEST.sha256 enumera el SHA-256 de cada archivo (compruébelo con: sha256sum -c MANIFEST.sha256).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>Informes en PDF</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>Tablas (CSV)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Fecha del traspaso</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The archive is too large for one ZIP file; keep the folder.</source>
        <translation>El archivo documental es demasiado grande para un solo archivo ZIP; conserve la carpeta.</translation>
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
        <translation>Círculo de escucha</translation>
    </message>
    <message>
        <source>Rupture rehearsal</source>
        <translation>Ensayo de ruptura</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>Simulacro de emergencia</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>Traspaso del archivo documental</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Intercambio cultural</translation>
    </message>
    <message>
        <source>Congress or spokes council</source>
        <translation>Congreso o consejo de portavoces</translation>
    </message>
    <message>
        <source>Other ritual</source>
        <translation>Otro ritual</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>cada semana</numerusform>
            <numerusform>cada %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>cada año</numerusform>
            <numerusform>cada %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n vez</numerusform>
            <numerusform>, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, hasta el %1</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no realizada</translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation>%1 del día anterior</translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation>%1 del día siguiente</translation>
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
        <translation>propuesta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 rest</source>
        <translation>%1 y %2 descansan</translation>
    </message>
    <message>
        <source>Next custodian of the archive: %1</source>
        <translation>Próxima custodia del archivo documental: %1</translation>
    </message>
    <message>
        <source>%1 held the archive last time too</source>
        <translation>%1 también tuvo la custodia del archivo documental la última vez</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n ritual(s) written to %1</source>
        <translation>
            <numerusform>%n ritual escrito en %1</numerusform>
            <numerusform>%n rituales escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>No se puede exportar el calendario</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A cultural exchange needs the day it is held</source>
        <translation>Un intercambio cultural necesita el día en que se celebra</translation>
    </message>
    <message>
        <source>A cultural exchange is between at least two partners</source>
        <translation>Un intercambio cultural es entre al menos dos aliadas</translation>
    </message>
    <message>
        <source>A shared risk needs the day it was taken</source>
        <translation>Un riesgo compartido necesita el día en que se asumió</translation>
    </message>
    <message>
        <source>A shared risk needs what was risked</source>
        <translation>Un riesgo compartido necesita lo que se arriesgó</translation>
    </message>
    <message>
        <source>A shared risk is borne by at least two partners</source>
        <translation>Un riesgo compartido lo asumen al menos dos aliadas</translation>
    </message>
    <message>
        <source>Each part of a shared risk is borne by a saved partner</source>
        <translation>Cada parte de un riesgo compartido la asume una aliada guardada</translation>
    </message>
    <message>
        <source>A partner bears one part of a shared risk: it is listed twice</source>
        <translation>Una aliada asume una sola parte de un riesgo compartido: figura dos veces</translation>
    </message>
    <message>
        <source>A crossover needs both texts: as it was born and as it was reborn</source>
        <translation>Un cruce narrativo necesita ambos textos: como nació y como renació</translation>
    </message>
    <message>
        <source>A crossover needs the day it was reborn</source>
        <translation>Un cruce narrativo necesita el día en que renació</translation>
    </message>
    <message>
        <source>A crossover cannot be reborn before it was born</source>
        <translation>Un cruce narrativo no puede renacer antes de nacer</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another, not to itself</source>
        <translation>Un cruce narrativo va de una aliada a otra, no a sí misma</translation>
    </message>
    <message>
        <source>A crossover needs the partner it was born in and the one that adopted it</source>
        <translation>Un cruce narrativo necesita la aliada con la que nació y la que lo adoptó</translation>
    </message>
    <message>
        <source>This exchange was held: it stays in the alliance&apos;s record and cannot be deleted</source>
        <translation>Este intercambio se celebró: queda en el registro de la alianza y no se puede eliminar</translation>
    </message>
    <message>
        <source>This retro is published: the shared risks its answers cite cannot change</source>
        <translation>Esta retro está publicada: los riesgos compartidos que citan sus respuestas no pueden cambiar</translation>
    </message>
    <message>
        <source>A pause is agreed between two partners</source>
        <translation>Una pausa se acuerda entre dos aliadas</translation>
    </message>
    <message>
        <source>A pause is agreed between two different partners</source>
        <translation>Una pausa se acuerda entre dos aliadas distintas</translation>
    </message>
    <message>
        <source>A pause needs its first and last day</source>
        <translation>Una pausa necesita su primer y su último día</translation>
    </message>
    <message>
        <source>Say why the partners pause: a pause is rest, not abandonment, when both know why</source>
        <translation>Di por qué las aliadas hacen una pausa: una pausa es descanso, no abandono, cuando ambas saben por qué</translation>
    </message>
    <message>
        <source>A pause lasts two years at most; agree a new one when it ends</source>
        <translation>Una pausa dura dos años como máximo; acordad otra cuando termine</translation>
    </message>
    <message>
        <source>A partner of the pause is not a partner of this workspace</source>
        <translation>Una aliada de la pausa no es aliada de este espacio de trabajo</translation>
    </message>
    <message>
        <source>A ritual needs a title</source>
        <translation>Un ritual necesita un título</translation>
    </message>
    <message>
        <source>A ritual needs a first date</source>
        <translation>Un ritual necesita una primera fecha</translation>
    </message>
    <message>
        <source>Each partner of a ritual must be saved first</source>
        <translation>Cada aliada de un ritual debe guardarse primero</translation>
    </message>
    <message>
        <source>A ritual at a set time needs its organizer&apos;s time zone, so that every partner meets at the same moment</source>
        <translation>Un ritual a una hora fija necesita la zona horaria de quien lo organiza, para que todas las aliadas se reúnan en el mismo momento</translation>
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
        <translation>Ronda inicial</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Debatir</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
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
        <translation>borrador automático</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>&amp;Run retro…</source>
        <translation>&amp;Facilitar la retro…</translation>
    </message>
    <message>
        <source>Run retro</source>
        <translation>Facilitar la retro</translation>
    </message>
    <message>
        <source>Choose a saved retro in the Retros section first.</source>
        <translation>Elija primero una retro guardada en la sección Retros.</translation>
    </message>
    <message>
        <source>Compare quarters</source>
        <translation>Comparar trimestres</translation>
    </message>
    <message>
        <source>&amp;Compare quarters…</source>
        <translation>&amp;Comparar trimestres…</translation>
    </message>
</context>
<context>
    <name>FulfilmentUndo</name>
    <message>
        <source>Brought back, but not linked to its ritual again: %1</source>
        <translation>Recuperado, pero sin volver a vincularlo a su ritual: %1</translation>
    </message>
    <message>
        <source>Link to ritual</source>
        <translation>Vincular al ritual</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>translation missing</source>
        <translation>falta la traducción</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadena del libro de reciprocidad</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Cabeza (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Asientos cubiertos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar con</translation>
    </message>
    <message>
        <source>Nothing is posted yet: the chain is empty.</source>
        <translation>Aún no hay nada asentado: la cadena está vacía.</translation>
    </message>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source> (no partner has this name; choose one or confirm a new one on the wizard&apos;s Partners page)</source>
        <translation> (ninguna aliada tiene este nombre; elija una o confirme una nueva en la página Aliadas del asistente)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hospedaje</translation>
    </message>
    <message>
        <source>Emotional labour</source>
        <translation>Trabajo emocional</translation>
    </message>
    <message>
        <source>Cultural labour</source>
        <translation>Trabajo cultural</translation>
    </message>
    <message>
        <source>Contextualising news</source>
        <translation>Contextualización de noticias</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Conocimiento experto</translation>
    </message>
    <message>
        <source>Moral leadership</source>
        <translation>Liderazgo moral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Sindicato</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Colectivo</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>borrador automático</translation>
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
        <translation>anulación</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>asentada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>What felt extractive?</source>
        <translation>¿Qué se sintió extractivo?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>¿Qué se sintió transformador?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>¿Qué riesgo compartido puso a prueba nuestra alianza?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Objetivos en sus propias palabras</translation>
    </message>
    <message>
        <source>Contact notes (sensitive)</source>
        <translation>Notas de contacto (sensibles)</translation>
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
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Acción %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>Lo que enseñó</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>sin cantidad</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>páginas</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>noches</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no country</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Goals as another partner paraphrased them</source>
        <translation>Objetivos parafraseados por otra aliada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quórum alcanzado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>esperando respuesta</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>revised, waiting for an answer</source>
        <translation>revisada, esperando respuesta</translation>
    </message>
    <message>
        <source>the goals changed since</source>
        <translation>los objetivos cambiaron desde entonces</translation>
    </message>
    <message>
        <source>art trade</source>
        <translation>intercambio de arte</translation>
    </message>
    <message>
        <source>study session</source>
        <translation>sesión de estudio</translation>
    </message>
    <message>
        <source>storytelling night</source>
        <translation>noche de relatos</translation>
    </message>
    <message>
        <source>shared meal</source>
        <translation>comida compartida</translation>
    </message>
    <message>
        <source>song</source>
        <translation>canción</translation>
    </message>
    <message>
        <source>vigil</source>
        <translation>vigilia</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
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
        <translation>consigna</translation>
    </message>
    <message>
        <source>joke</source>
        <translation>chiste</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estrategia</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Qué se intercambió</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>Qué se arriesgó</translation>
    </message>
    <message>
        <source>Part borne</source>
        <translation>Parte asumida</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>Al nacer</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Al renacer</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Dónde se vio</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Why the partners pause</source>
        <translation>Por qué las aliadas hacen una pausa</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>Qué resistió</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>Qué se rompió</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>Preguntas que lleva</translation>
    </message>
    <message>
        <source>Voices to amplify</source>
        <translation>Voces que amplificar</translation>
    </message>
    <message>
        <source>What returned</source>
        <translation>Lo que volvió</translation>
    </message>
    <message>
        <source>Risk weighed: carbon</source>
        <translation>Riesgo sopesado: carbono</translation>
    </message>
    <message>
        <source>Risk weighed: visas</source>
        <translation>Riesgo sopesado: visados</translation>
    </message>
    <message>
        <source>Risk weighed: surveillance</source>
        <translation>Riesgo sopesado: vigilancia</translation>
    </message>
</context>
<context>
    <name>LedgerReview</name>
    <message>
        <source>Balances by pair</source>
        <translation>Balances por par</translation>
    </message>
    <message>
        <source>Given is what the first partner gave the second; received, what it received from the second. Funds count once both sides approve. Asymmetry is |given − received| / (given + received).</source>
        <translation>«Dado» es lo que la primera aliada dio a la segunda; «recibido», lo que recibió de la segunda. Los fondos cuentan una vez que ambas partes los aprueban. La asimetría es |dado − recibido| / (dado + recibido).</translation>
    </message>
    <message>
        <source>Balances in %1</source>
        <translation>Balances en %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Asimetría</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>Asymmetries that persist</source>
        <translation>Asimetrías que persisten</translation>
    </message>
    <message>
        <source>No pair&apos;s asymmetry persisted over the last %1 quarters.</source>
        <translation>La asimetría de ningún par persistió en los últimos %1 trimestres.</translation>
    </message>
    <message>
        <source>In each of the last %1 quarters the same partner gave at least three times what it received, in the same unit.</source>
        <translation>En cada uno de los últimos %1 trimestres, la misma aliada dio al menos tres veces lo que recibió, en la misma unidad.</translation>
    </message>
    <message>
        <source>Giving more</source>
        <translation>Da más</translation>
    </message>
    <message>
        <source>Giving less</source>
        <translation>Da menos</translation>
    </message>
    <message>
        <source>Flows between %1 and %2</source>
        <translation>Flujos entre %1 y %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Flows over time</source>
        <translation>Flujos a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Contributions that are not counted in numbers</source>
        <translation>Contribuciones que no se cuentan en números</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Contribuciones solo narrativas</translation>
    </message>
    <message>
        <source>Funds and their consent</source>
        <translation>Fondos y su consentimiento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>approved for %1 by %2 at %3</source>
        <translation>aprobado por %2 en nombre de %1 el %3</translation>
    </message>
    <message>
        <source>withdrawn for %1 by %2 at %3</source>
        <translation>aprobación retirada por %2 en nombre de %1 el %3</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>desembolsados</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>a la espera de %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuestos</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
</context>
<context>
    <name>ListeningQuorum</name>
    <message>
        <source>%1 lists no language it works in: add its languages first, so that its paraphrase can be written in its own language</source>
        <translation>%1 no indica ningún idioma de trabajo: añada primero sus idiomas para que su paráfrasis pueda escribirse en su propio idioma</translation>
    </message>
    <message>
        <source>A paraphrase is written in the paraphrasing partner&apos;s own language: %1 works in %2, not in %3</source>
        <translation>Una paráfrasis se escribe en el idioma propio de la aliada que parafrasea: %1 trabaja en %2, no en %3</translation>
    </message>
    <message>
        <source>A campaign is a joint project: it needs at least two partners</source>
        <translation>Una campaña es un proyecto conjunto: necesita al menos dos aliadas</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2</source>
        <translation>%1 debe parafrasear los objetivos de %2</translation>
    </message>
    <message>
        <source>%1 has not yet acknowledged the paraphrase of its goals by %2</source>
        <translation>%1 aún no ha confirmado la paráfrasis que %2 hizo de sus objetivos</translation>
    </message>
    <message>
        <source>%1 sent back the paraphrase of its goals by %2</source>
        <translation>%1 devolvió la paráfrasis que %2 hizo de sus objetivos</translation>
    </message>
    <message>
        <source>The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again</source>
        <translation>Los objetivos de %1 cambiaron después de que %2 los parafraseara: %1 debe volver a confirmar la paráfrasis</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2 in a language %1 works in</source>
        <translation>%1 debe parafrasear los objetivos de %2 en un idioma en el que %1 trabaje</translation>
    </message>
    <message>
        <source>No cultural exchange is planned with the campaign</source>
        <translation>No hay ningún intercambio cultural previsto con la campaña</translation>
    </message>
    <message>
        <source>The campaign cannot go ahead yet:</source>
        <translation>La campaña aún no puede seguir adelante:</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Trellis — the slow-solidarity workbench</source>
        <translation>Trellis — el banco de trabajo de la solidaridad lenta</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Abrir el espacio de trabajo FILE.</translation>
    </message>
    <message>
        <source>Save the main window as FILE.png once loaded, then exit.</source>
        <translation>Guardar la ventana principal como FILE.png al cargarla y salir.</translation>
    </message>
    <message>
        <source>User-interface language (en, es, fr, ar, pt).</source>
        <translation>Idioma de la interfaz (en, es, fr, ar, pt).</translation>
    </message>
    <message>
        <source>The side-by-side language pair, e.g. fa,es.</source>
        <translation>El par de idiomas lado a lado, p. ej. fa,es.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>Registrar mensajes de depuración (solo identificadores) en la terminal y el archivo de registro.</translation>
    </message>
    <message>
        <source>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</source>
        <translation>Una vez mostrada la sección, ir a la última fila de su lista (como hace Ctrl+End), p. ej. para capturar el final de un libro de reciprocidad largo.</translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system).</source>
        <translation>Colores: system, dark o high-contrast (predeterminado: $TRELLIS_PALETTE; si no, system).</translation>
    </message>
    <message>
        <source>Run the retro RETRO_ID in facilitation mode (full screen).</source>
        <translation>Ejecutar la retro RETRO_ID en modo de facilitación (pantalla completa).</translation>
    </message>
    <message>
        <source>With --facilitate, open at a phase: check_in, write, reveal, group, vote, discuss, actions, close.</source>
        <translation>Con --facilitate, abrir en una fase: check_in, write, reveal, group, vote, discuss, actions, close.</translation>
    </message>
    <message>
        <source>The workspace to open (as --workspace FILE does).</source>
        <translation>El espacio de trabajo que abrir (como hace --workspace FILE).</translation>
    </message>
    <message>
        <source>Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4.</source>
        <translation>Comparar las retros de los trimestres FROM a TO, p. ej. 2026-Q1:2026-Q4.</translation>
    </message>
    <message>
        <source>Section to show: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</source>
        <translation>Sección que mostrar: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Latin form</source>
        <translation>Nombre en letras latinas</translation>
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
        <translation>Objetivos en sus propias palabras</translation>
    </message>
    <message>
        <source>As %1 understood it</source>
        <translation>Tal como lo entendió %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>The alliance has no partners yet.</source>
        <translation>La alianza aún no tiene aliadas.</translation>
    </message>
</context>
<context>
    <name>PauseNotes</name>
    <message>
        <source>Pausing with %1 from %2 to %3, agreed by both: rest, not abandonment.</source>
        <translation>En pausa con %1 del %2 al %3, acordada por ambas partes: descanso, no abandono.</translation>
    </message>
    <message>
        <source>A pause with %1 from %2 to %3 is proposed: it holds once both sides consent.</source>
        <translation>Una pausa con %1 del %2 al %3 está propuesta: vale cuando ambas partes consientan.</translation>
    </message>
</context>
<context>
    <name>ProtocolHandbook</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Desencadenantes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Acordado por</translation>
    </message>
    <message>
        <source>No partner has agreed to this version yet.</source>
        <translation>Ninguna aliada ha dado aún su acuerdo a esta versión.</translation>
    </message>
    <message>
        <source>Incidents that used it</source>
        <translation>Incidentes en los que se usó</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>No incident has used this protocol.</source>
        <translation>Este protocolo no se ha usado en ningún incidente.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>No conflict protocol has been drafted.</source>
        <translation>No se ha redactado ningún protocolo de conflicto.</translation>
    </message>
    <message>
        <source>Rupture rehearsals</source>
        <translation>Ensayos de ruptura</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>Lo que enseñó</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>No rehearsal was held in this period.</source>
        <translation>No se celebró ningún ensayo en este periodo.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Cannot undo: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>No se puede rehacer: %1</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>Ledger review</source>
        <translation>Revisión del libro de reciprocidad</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Informe de retro</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Manual de protocolos</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de aliadas</translation>
    </message>
    <message>
        <source>(unnamed alliance)</source>
        <translation>(alianza sin nombre)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alianza</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Elaborado el</translation>
    </message>
    <message>
        <source>Unknown language “%1”: %2</source>
        <translation>Idioma desconocido «%1»: %2</translation>
    </message>
    <message>
        <source>A report needs two different languages.</source>
        <translation>Un informe necesita dos idiomas distintos.</translation>
    </message>
    <message>
        <source>A pair needs its first partner too.</source>
        <translation>Un par también necesita su primera aliada.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>La exportación se detuvo; no se guardó nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>ODT export is not available in this build.</source>
        <translation>La exportación a ODT no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>La exportación a PDF no está disponible en esta compilación.</translation>
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
        <translation>Fecha</translation>
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
        <translation>aún no</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónima</translation>
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
        <translation>Sin respuestas.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(hecha)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Sin acciones.</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Retros</translation>
    </message>
    <message>
        <source>No retro was held in this period.</source>
        <translation>No se celebró ninguna retro en este periodo.</translation>
    </message>
</context>
<context>
    <name>RhythmChoices</name>
    <message>
        <source>⁨%1⁩ (version %2)</source>
        <translation>⁨%1⁩ (versión %2)</translation>
    </message>
</context>
<context>
    <name>RhythmLabels</name>
    <message>
        <source>Communication blackout</source>
        <translation>Apagón de comunicaciones</translation>
    </message>
    <message>
        <source>Role swap</source>
        <translation>Intercambio de roles</translation>
    </message>
    <message>
        <source>Other drill</source>
        <translation>Otro simulacro</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Libro de reciprocidad</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Retros</translation>
    </message>
    <message>
        <source>Conflict protocols</source>
        <translation>Protocolos de conflicto</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Ensayos de ruptura</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traducciones</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Intercambios culturales</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Riesgos compartidos</translation>
    </message>
    <message>
        <source>Narrative crossovers</source>
        <translation>Cruces narrativos</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>Rituales</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Fire drills</source>
        <translation>Simulacros de emergencia</translation>
    </message>
    <message>
        <source>Envoy journeys</source>
        <translation>Viajes de enviadas</translation>
    </message>
    <message>
        <source>Archive custodians</source>
        <translation>Custodias del archivo documental</translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Falta en %1; se muestra en su idioma original (%2)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Fecha</translation>
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
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista</translation>
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
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Listening quorum</source>
        <translation>Quórum de escucha</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Fecha de inicio</translation>
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
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
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
        <translation>Qué se intercambió</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Asumido el</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>Qué se arriesgó</translation>
    </message>
    <message>
        <source>Parts borne</source>
        <translation>Partes asumidas</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Renació el</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Al renacer</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Nació con</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Renació con</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
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
        <translation>propuesta</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>Qué resistió</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Sale el</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>Preguntas que lleva</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Fecha del traspaso</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodia</translation>
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
        <translation>No se pueden importar las traducciones</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>&amp;Export for translation (XLIFF)…</source>
        <translation>E&amp;xportar para traducción (XLIFF)…</translation>
    </message>
    <message>
        <source>Import &amp;translations (XLIFF)…</source>
        <translation>Importar &amp;traducciones (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importar traducciones</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Archivos XLIFF (*.xlf *.xliff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Ne&amp;xt field to translate</source>
        <translation>Campo &amp;siguiente por traducir</translation>
    </message>
    <message>
        <source>Open the next field waiting in the Translations section (F8)</source>
        <translation>Abrir el siguiente campo pendiente en la sección Traducciones (F8)</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Generar borradores con &amp;Apertium…</translation>
    </message>
</context>
<context>
    <name>TranslationQueue</name>
    <message>
        <source>Retro answer</source>
        <translation>Respuesta de retro</translation>
    </message>
    <message>
        <source>Retro action</source>
        <translation>Acción de retro</translation>
    </message>
    <message>
        <source>Conflict protocol</source>
        <translation>Protocolo de conflicto</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Ensayo</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>Goal paraphrase</source>
        <translation>Paráfrasis de objetivos</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>%1: this field is not shown in its record&apos;s editor; translate it with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1: este campo no se muestra en el editor de su registro; tradúzcalo con Archivo ▸ Exportar para traducción (XLIFF)…</translation>
    </message>
    <message>
        <source>The workspace is open read-only: no translation can be saved in it.</source>
        <translation>El espacio de trabajo está abierto solo para lectura: no se puede guardar ninguna traducción en él.</translation>
    </message>
    <message>
        <source>%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1 aún no tiene editor en la ventana: traduzca sus campos con Archivo ▸ Exportar para traducción (XLIFF)…</translation>
    </message>
    <message>
        <source>Note on a paraphrase</source>
        <translation>Nota sobre una paráfrasis</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Intercambio cultural</translation>
    </message>
    <message>
        <source>Shared risk</source>
        <translation>Riesgo compartido</translation>
    </message>
    <message>
        <source>Part of a shared risk</source>
        <translation>Parte de un riesgo compartido</translation>
    </message>
    <message>
        <source>Narrative crossover</source>
        <translation>Cruce narrativo</translation>
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
        <translation>Traspaso del archivo documental</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>Simulacro de emergencia</translation>
    </message>
    <message>
        <source>Envoy journey</source>
        <translation>Viaje de enviada</translation>
    </message>
    <message>
        <source>Retro theme</source>
        <translation>Tema de retro</translation>
    </message>
    <message>
        <source>Facilitator&apos;s note</source>
        <translation>Nota de la facilitadora</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Actualización local</translation>
    </message>
    <message>
        <source>Action review</source>
        <translation>Revisión de acción</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>This workspace was written by a newer version of Trellis. Update Trellis to open it; this version will not change it.</source>
        <translation>Este espacio de trabajo fue escrito por una versión más nueva de Trellis. Actualice Trellis para abrirlo; esta versión no lo modificará.</translation>
    </message>
    <message>
        <source>This workspace file is damaged, so Trellis will not open it as it is.</source>
        <translation>Este archivo de espacio de trabajo está dañado; Trellis no lo abrirá tal como está.</translation>
    </message>
    <message>
        <source>This file is not a Trellis workspace.</source>
        <translation>Este archivo no es un espacio de trabajo de Trellis.</translation>
    </message>
    <message>
        <source>Another program is holding this workspace. Close it and try again.</source>
        <translation>Otro programa está usando este espacio de trabajo. Ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Trellis cannot open this workspace.</source>
        <translation>Trellis no puede abrir este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it keeps the current file beside it as “.before-restore”.</source>
        <translation>La copia de seguridad automática más reciente es del %1. Al restaurarla, el archivo actual se conserva a su lado como «.before-restore».</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Abierto en solo lectura</translation>
    </message>
    <message>
        <source>This workspace contains database objects that Trellis did not write. They could change records behind your back, so Trellis opened it read-only: you can read and export, but not save.</source>
        <translation>Este espacio de trabajo contiene objetos de base de datos que Trellis no escribió. Podrían cambiar registros a sus espaldas, así que Trellis lo abrió en solo lectura: puede leer y exportar, pero no guardar.</translation>
    </message>
    <message>
        <source>What differs from a Trellis workspace:</source>
        <translation>Qué difiere de un espacio de trabajo de Trellis:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::AboutDialog</name>
    <message>
        <source>About Trellis</source>
        <translation>Acerca de Trellis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trellis %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trellis %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for movements that work together across borders and languages: partners, the reciprocity ledger, solidarity retros and conflict protocols, side by side in two languages.</source>
        <translation>Un banco de trabajo para movimientos que colaboran a través de fronteras e idiomas: aliadas, el libro de reciprocidad, retros de solidaridad y protocolos de conflicto, lado a lado en dos idiomas.</translation>
    </message>
    <message>
        <source>Qt %1 · SQLite %2 · ICU %3</source>
        <translation>Qt %1 · SQLite %2 · ICU %3</translation>
    </message>
    <message>
        <source>Trellis is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Trellis es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (%1). Se ofrece sin ninguna garantía.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ActionsPanel</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <source>&amp;Action in %1:</source>
        <translation>&amp;Acción en %1:</translation>
    </message>
    <message>
        <source>Action in %1 (&amp;B):</source>
        <translation>Acción en %1 (&amp;B):</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>trasladada</translation>
    </message>
    <message numerus="yes">
        <source>Adjust commitments: in the last %n quarter(s), %1 gave %2 to %3 and received %4</source>
        <translation>
            <numerusform>Ajustar compromisos: en el último trimestre (%n), %1 dio %2 a %3 y recibió %4</numerusform>
            <numerusform>Ajustar compromisos: en los últimos %n trimestres, %1 dio %2 a %3 y recibió %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceMatrixModel</name>
    <message>
        <source>⁨%1⁩ gave ⁨%2⁩: %3</source>
        <translation>⁨%1⁩ dio a ⁨%2⁩: %3</translation>
    </message>
    <message>
        <source>Received back: %1</source>
        <translation>Recibido a cambio: %1</translation>
    </message>
    <message>
        <source>Asymmetry of the pair: %1</source>
        <translation>Asimetría del par: %1</translation>
    </message>
    <message>
        <source>Funds awaiting consent: %1</source>
        <translation>Fondos en espera de consentimiento: %1</translation>
    </message>
    <message numerus="yes">
        <source>The asymmetry persists: one side gave far more in each of the last %n quarters.</source>
        <translation>
            <numerusform>La asimetría persiste: una parte dio mucho más en el último trimestre (%n).</numerusform>
            <numerusform>La asimetría persiste: una parte dio mucho más en cada uno de los últimos %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave (row)</source>
        <translation>%1 dio (fila)</translation>
    </message>
    <message>
        <source>%1 received (column)</source>
        <translation>%1 recibió (columna)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairDetail</name>
    <message>
        <source>The pair&apos;s figures per unit</source>
        <translation>Las cifras del par por unidad</translation>
    </message>
    <message>
        <source>Contributions not counted in numbers:</source>
        <translation>Contribuciones no contadas en números:</translation>
    </message>
    <message>
        <source>Narrative-only contributions of the pair</source>
        <translation>Contribuciones solo narrativas del par</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix: its pair&apos;s figures appear here.</source>
        <translation>Elija una celda de la matriz: las cifras de su par aparecen aquí.</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Elija una celda de la matriz para ver los flujos del par a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>⁨%1⁩ and ⁨%2⁩</source>
        <translation>⁨%1⁩ y ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</source>
        <translation>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</translation>
    </message>
    <message>
        <source>No contributions without numbers.</source>
        <translation>Ninguna contribución sin números.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairModel</name>
    <message>
        <source>Given / received, in the currency</source>
        <translation>Dado / recibido, en la moneda</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Asimetría</translation>
    </message>
    <message>
        <source>Funds proposed</source>
        <translation>Fondos propuestos</translation>
    </message>
    <message>
        <source>Funds disbursed</source>
        <translation>Fondos desembolsados</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>Tipo de periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>A day in the period (the range&apos;s first day)</source>
        <translation>Un día del periodo (el primer día del intervalo)</translation>
    </message>
    <message>
        <source>The range&apos;s last day</source>
        <translation>El último día del intervalo</translation>
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
            <numerusform>Las filas dieron, las columnas recibieron. Sombreado: la asimetría del par persiste — una parte dio al menos tres veces lo que recibió en el último trimestre (%n).</numerusform>
            <numerusform>Las filas dieron, las columnas recibieron. Sombreado: la asimetría del par persiste — una parte dio al menos tres veces lo que recibió en cada uno de los últimos %n trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>(asymmetry |given − received| / (given + received))</source>
        <translation>(asimetría |dado − recibido| / (dado + recibido))</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;odo:</translation>
    </message>
    <message>
        <source>Unit of the matrix</source>
        <translation>Unidad de la matriz</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation>&amp;Mostrar asientos</translation>
    </message>
    <message>
        <source>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</source>
        <translation>Abrir el libro de reciprocidad filtrado por el par y el periodo elegidos (Enter, o doble clic en una celda)</translation>
    </message>
    <message>
        <source>Balance matrix: rows gave, columns received</source>
        <translation>Matriz de balances: las filas dieron, las columnas recibieron</translation>
    </message>
    <message>
        <source>No posted entries with a quantity in this period.</source>
        <translation>No hay asientos asentados con cantidad en este periodo.</translation>
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
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
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
        <translation>En los relojes de las aliadas</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
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
        <translation>Islámico (Umm al-Qura)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Budista</translation>
    </message>
    <message>
        <source>Indian national</source>
        <translation>Nacional indio</translation>
    </message>
    <message>
        <source>Ethiopian</source>
        <translation>Etíope</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Calendar the month is counted in</source>
        <translation>Calendario en que se cuenta el mes</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendario:</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>What falls on the day chosen</source>
        <translation>Lo que cae en el día elegido</translation>
    </message>
    <message>
        <source>Agenda of the month</source>
        <translation>Agenda del mes</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · del %2 al %3</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CampaignEditor</name>
    <message>
        <source>Starts on</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>sin definir aún</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Estado siguiente</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Cambiar estado</translation>
    </message>
    <message>
        <source>Quorum met and active need the listening quorum: every partner has paraphrased the goals of every other, and each paraphrase is acknowledged</source>
        <translation>«Quórum alcanzado» y «activa» requieren el quórum de escucha: cada aliada ha parafraseado los objetivos de todas las demás y cada paráfrasis está confirmada</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Intercambios culturales</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Aliadas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Cultural exchanges:</source>
        <translation>Intercambios culturales:</translation>
    </message>
    <message>
        <source>Listening quorum:</source>
        <translation>Quórum de escucha:</translation>
    </message>
    <message>
        <source>%1, %2 (%3)%4</source>
        <translation>%1, %2 (%3)%4</translation>
    </message>
    <message>
        <source>none planned yet: a campaign becomes active only with one</source>
        <translation>ninguno previsto aún: una campaña solo pasa a estar activa con uno</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>A campaign starts as proposed. It becomes active once every partner has paraphrased the goals of every other in its own language, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>Una campaña empieza como propuesta. Pasa a estar activa cuando cada aliada ha parafraseado los objetivos de todas las demás en su propio idioma, cada paráfrasis está confirmada y hay un intercambio cultural previsto.</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Añadir campaña</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>The campaign is now %1. Status changes are kept in its history and are not undone.</source>
        <translation>Nuevo estado de la campaña: %1. Los cambios de estado se conservan en su historial y no se deshacen.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Campaign %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Campaña %1 eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Save or cancel the campaign&apos;s changes first: changing its status reloads it.</source>
        <translation>Guarde o cancele primero los cambios de la campaña: cambiar su estado la vuelve a cargar.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CheckInPanel</name>
    <message>
        <source>A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped</source>
        <translation>Una nota sobre la acción (opcional); luego Ctrl+1 hecha, Ctrl+2 trasladada, Ctrl+3 descartada</translation>
    </message>
    <message>
        <source>One line from this partner, in its language; Enter saves</source>
        <translation>Una línea de esta aliada, en su idioma; Enter guarda</translation>
    </message>
    <message>
        <source>&amp;Open actions of the previous retro:</source>
        <translation>Acciones &amp;pendientes de la retro anterior:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Local update from &amp;partner:</source>
        <translation>Actualización local de la a&amp;liada:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>&amp;Actualización:</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>aún sin revisar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>trasladada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>The previous retro left no open actions.</source>
        <translation>La retro anterior no dejó acciones pendientes.</translation>
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
        <translation>Respuestas: %1 · temas: %2 · votos: %3 · acciones: %4 (trasladadas: %5) · actualizaciones locales: %6</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publicada.</translation>
    </message>
    <message>
        <source>Publish this retro&apos;s bilingual record? Its answers, votes and actions become final; translations can still be added.</source>
        <translation>¿Publicar el registro bilingüe de esta retro? Sus respuestas, votos y acciones pasan a ser definitivos; aún se podrán añadir traducciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are not yet in both languages of the pair.</source>
        <translation>
            <numerusform>%n texto aún no está en los dos idiomas del par.</numerusform>
            <numerusform>%n textos aún no están en los dos idiomas del par.</numerusform>
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
        <translation>Aprobar los fondos</translation>
    </message>
    <message>
        <source>Withdraw an approval</source>
        <translation>Retirar una aprobación</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Por quién</translation>
    </message>
    <message>
        <source>the person who speaks for that side</source>
        <translation>la persona que habla por esa parte</translation>
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
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>&amp;Retirar la aprobación</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentPanel</name>
    <message>
        <source>Consent state</source>
        <translation>Estado del consentimiento</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historial del consentimiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>Record one side&apos;s approval of these funds</source>
        <translation>Registrar la aprobación de estos fondos por una parte</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>&amp;Retirar la aprobación…</translation>
    </message>
    <message>
        <source>Record that one side takes its approval back (kept in the history)</source>
        <translation>Registrar que una parte retira su aprobación (se conserva en el historial)</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>aprueba</translation>
    </message>
    <message>
        <source>withdraws</source>
        <translation>retira</translation>
    </message>
    <message>
        <source>Disbursed: both sides approve.</source>
        <translation>Desembolsados: ambas partes aprueban.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 took its approval back; proposed until both sides approve.</source>
        <translation>Retirada: %1 retiró su aprobación; propuestos hasta que ambas partes aprueben.</translation>
    </message>
    <message>
        <source>Approved by %1; awaiting %2.</source>
        <translation>Aprobados por %1; a la espera de %2.</translation>
    </message>
    <message>
        <source>Proposed: no side approves yet.</source>
        <translation>Propuestos: ninguna parte aprueba aún.</translation>
    </message>
    <message>
        <source>(A reversal takes the consent of entry %1.)</source>
        <translation>(Una anulación toma el consentimiento del asiento %1.)</translation>
    </message>
    <message>
        <source>A reversal takes its original&apos;s consent: approve or withdraw on entry %1.</source>
        <translation>Una anulación toma el consentimiento de su original: apruebe o retire en el asiento %1.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoverEditor</name>
    <message>
        <source>Kind of crossover</source>
        <translation>Tipo de cruce</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Nació con</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Renació con</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Nació el</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Renació el</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Born &amp;with:</source>
        <translation>Nació &amp;con:</translation>
    </message>
    <message>
        <source>&amp;Reborn with:</source>
        <translation>&amp;Renació con:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>&amp;Nació el:</translation>
    </message>
    <message>
        <source>Reborn &amp;on:</source>
        <translation>Renació e&amp;l:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpañas:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tal como se escribió:</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>aún sin escribir</translation>
    </message>
    <message>
        <source>New narrative crossover</source>
        <translation>Nuevo cruce narrativo</translation>
    </message>
    <message>
        <source>A phrase, metaphor, slogan or strategy born in one partner&apos;s language and reborn in another&apos;s. Write it as born in the language of the partner it was born with, and as reborn in the language of the partner who adopted it.</source>
        <translation>Una frase, metáfora, consigna o estrategia nacida en el idioma de una aliada y renacida en el de otra. Escríbala tal como nació, en el idioma de la aliada con la que nació, y tal como renació, en el idioma de la aliada que la adoptó.</translation>
    </message>
    <message>
        <source>Write it as born in the language of %1 (%2), not in %3</source>
        <translation>Escríbala tal como nació, en el idioma de %1 (%2), no en %3</translation>
    </message>
    <message>
        <source>Write it as reborn in the language of %1 (%2), not in %3</source>
        <translation>Escríbala tal como renació, en el idioma de %1 (%2), no en %3</translation>
    </message>
    <message>
        <source>Choose the partner it was born with and the partner who adopted it</source>
        <translation>Elija la aliada con la que nació y la aliada que la adoptó</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another: choose two partners</source>
        <translation>Un cruce va de una aliada a otra: elija dos aliadas</translation>
    </message>
    <message>
        <source>Add narrative crossover</source>
        <translation>Añadir cruce narrativo</translation>
    </message>
    <message>
        <source>Edit narrative crossover</source>
        <translation>Editar cruce narrativo</translation>
    </message>
    <message>
        <source>Delete narrative crossover</source>
        <translation>Eliminar cruce narrativo</translation>
    </message>
    <message>
        <source>Narrative crossover deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Cruce narrativo eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoversDialog</name>
    <message>
        <source>Narrative crossovers</source>
        <translation>Cruces narrativos</translation>
    </message>
    <message>
        <source>Phrases, metaphors, slogans and strategies born in one partner&apos;s language and reborn in another&apos;s: the proof of internalization, pair by pair.</source>
        <translation>Frases, metáforas, consignas y estrategias nacidas en la lengua de una aliada y renacidas en la de otra: la prueba de que se han hecho propias, pareja por pareja.</translation>
    </message>
    <message>
        <source>Pairs of partners</source>
        <translation>Parejas de aliadas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Crossovers</source>
        <translation>Cruces</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>The pair&apos;s crossovers over time</source>
        <translation>Los cruces de la pareja a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Renació el</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>Al nacer</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Al renacer</translation>
    </message>
    <message>
        <source>%1 (%2 → %3, %4 → %5)</source>
        <translation>%1 (%2 → %3, %4 → %5)</translation>
    </message>
    <message>
        <source>No crossover is recorded yet.</source>
        <translation>Aún no hay ningún cruce registrado.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CustodianTermEditor</name>
    <message>
        <source>The partner who takes the archive over</source>
        <translation>La aliada que asume la custodia del archivo documental</translation>
    </message>
    <message>
        <source>Day of the hand-over</source>
        <translation>Día del traspaso</translation>
    </message>
    <message>
        <source>The custodians&apos; rotation it belongs to</source>
        <translation>La rotación de custodias a la que pertenece</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Próximo turno:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>C&amp;ustodia:</translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation>&amp;Fecha del traspaso:</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>Ro&amp;tación:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mple:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>No one takes turns yet: name the partners of a custodians&apos; rotation ritual, or record a first hand-over.</source>
        <translation>Todavía nadie se turna: nombre a las aliadas de un ritual de rotación de custodias o registre un primer traspaso.</translation>
    </message>
    <message>
        <source>%1, at the rotation on %2</source>
        <translation>%1, en la rotación del %2</translation>
    </message>
    <message>
        <source>%1 (no rotation ritual gives the day)</source>
        <translation>%1 (ningún ritual de rotación fija el día)</translation>
    </message>
    <message>
        <source>They held it last too: the rotation has no one else to hand it to.</source>
        <translation>También tuvo la custodia la última vez: la rotación no tiene a nadie más a quien traspasarla.</translation>
    </message>
    <message>
        <source>New hand-over of the archive</source>
        <translation>Nuevo traspaso del archivo documental</translation>
    </message>
    <message>
        <source>%1 took the archive over on %2</source>
        <translation>%1 asumió la custodia del archivo documental el %2</translation>
    </message>
    <message>
        <source>“Rotate stewardship of these commons. Assign alternating custodians every cycle to prevent gatekeeping.” Record each hand-over on its day, with what was handed over.</source>
        <translation>«Rotar la custodia de estos bienes comunes. Asignar custodias alternas en cada ciclo para evitar el acaparamiento del acceso.» Registre cada traspaso en su día, con lo que se traspasó.</translation>
    </message>
    <message>
        <source>The same custodian twice in a row</source>
        <translation>La misma custodia dos veces seguidas</translation>
    </message>
    <message>
        <source>%1 would hold the archive twice in a row: they also took it over on %2. Rotation keeps the archive from becoming one partner&apos;s gate. Record this hand-over anyway?</source>
        <translation>%1 tendría la custodia del archivo documental dos veces seguidas: también la asumió el %2. La rotación evita que el archivo documental se convierta en la puerta de una sola aliada. ¿Registrar este traspaso de todos modos?</translation>
    </message>
    <message>
        <source>Not saved: choose another custodian, or save again and confirm.</source>
        <translation>No se guardó: elija otra custodia o vuelva a guardar y confirme.</translation>
    </message>
    <message>
        <source>Add hand-over</source>
        <translation>Añadir traspaso</translation>
    </message>
    <message>
        <source>Edit hand-over</source>
        <translation>Editar traspaso</translation>
    </message>
    <message>
        <source>Delete hand-over</source>
        <translation>Eliminar traspaso</translation>
    </message>
    <message>
        <source>Hand-over deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Traspaso eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DateField</name>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1</source>
        <translation>Escriba una fecha, p. ej. %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2</source>
        <translation>«%1» no es una fecha: escríbala como %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or %3</source>
        <translation>«%1» no es una fecha: escríbala como %2 o %3</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DiscussPanel</name>
    <message>
        <source>A note on this item; Enter saves it</source>
        <translation>Una nota sobre este punto; Enter la guarda</translation>
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
        <translation>La enviada que viaja</translation>
    </message>
    <message>
        <source>The partner the envoy leaves from</source>
        <translation>La aliada de la que parte la enviada</translation>
    </message>
    <message>
        <source>The partner the envoy travels to</source>
        <translation>La aliada a la que viaja la enviada</translation>
    </message>
    <message>
        <source>First day of the journey</source>
        <translation>Primer día del viaje</translation>
    </message>
    <message>
        <source>Last day of the journey</source>
        <translation>Último día del viaje</translation>
    </message>
    <message>
        <source>Ledger entries that hosted or funded the journey</source>
        <translation>Asientos que hospedaron o financiaron el viaje</translation>
    </message>
    <message>
        <source>Narrative crossovers the journey carried</source>
        <translation>Cruces narrativos que llevó el viaje</translation>
    </message>
    <message>
        <source>&amp;Envoy:</source>
        <translation>E&amp;nviada:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>&amp;Sale el:</translation>
    </message>
    <message>
        <source>&amp;Back on:</source>
        <translation>&amp;Vuelve el:</translation>
    </message>
    <message>
        <source>Le&amp;dger entries:</source>
        <translation>&amp;Asientos:</translation>
    </message>
    <message>
        <source>&amp;Crossovers carried:</source>
        <translation>Cruces &amp;llevados:</translation>
    </message>
    <message>
        <source>New envoy journey</source>
        <translation>Nuevo viaje de enviada</translation>
    </message>
    <message>
        <source>⁨%1⁩ from %2 to %3</source>
        <translation>⁨%1⁩ del %2 al %3</translation>
    </message>
    <message>
        <source>“What questions will they carry, what voices will they amplify, and how will the wisdom they gather return home?” Write the questions before the envoy leaves, weigh the risks (carbon, visas, surveillance), and what returned once they are back.</source>
        <translation>«¿Qué preguntas llevarán, qué voces amplificarán y cómo volverá a casa la sabiduría que reúnan?» Escriba las preguntas antes de que parta la enviada, sopese los riesgos (carbono, visados, vigilancia) y, a su regreso, lo que volvió.</translation>
    </message>
    <message>
        <source>The journey ends (%1) before it begins (%2)</source>
        <translation>El viaje termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>Add envoy journey</source>
        <translation>Añadir viaje de enviada</translation>
    </message>
    <message>
        <source>Edit envoy journey</source>
        <translation>Editar viaje de enviada</translation>
    </message>
    <message>
        <source>Delete envoy journey</source>
        <translation>Eliminar viaje de enviada</translation>
    </message>
    <message>
        <source>Envoy journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Viaje de enviada eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Fulf&amp;ils:</source>
        <translation>Cu&amp;mple:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ExchangeEditor</name>
    <message>
        <source>Kind of exchange</source>
        <translation>Tipo de intercambio</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Aliadas:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpañas:</translation>
    </message>
    <message>
        <source>New cultural exchange</source>
        <translation>Nuevo intercambio cultural</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>An art trade, a study session, a storytelling night: an exchange between at least two partners. Pair it with a campaign here; a campaign becomes active only with one planned.</source>
        <translation>Un intercambio de arte, una sesión de estudio, una noche de relatos: un intercambio entre al menos dos aliadas. Vincúlelo aquí a una campaña; una campaña solo pasa a estar activa si tiene uno previsto.</translation>
    </message>
    <message>
        <source>Add cultural exchange</source>
        <translation>Añadir intercambio cultural</translation>
    </message>
    <message>
        <source>Edit cultural exchange</source>
        <translation>Editar intercambio cultural</translation>
    </message>
    <message>
        <source>Delete cultural exchange</source>
        <translation>Eliminar intercambio cultural</translation>
    </message>
    <message>
        <source>Cultural exchange deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Intercambio cultural eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>C&amp;umple:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FacilitationWindow</name>
    <message>
        <source>Run retro</source>
        <translation>Facilitar la retro</translation>
    </message>
    <message>
        <source>This retro is published: it can no longer be run, only translated.</source>
        <translation>Esta retro está publicada: ya no se puede facilitar, solo traducir.</translation>
    </message>
    <message>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+Page Down / Ctrl+Page Up</translation>
    </message>
    <message>
        <source>next phase / previous phase</source>
        <translation>fase siguiente / fase anterior</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>iniciar o pausar el temporizador</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>one more minute</source>
        <translation>un minuto más</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>show or hide the room&apos;s view</source>
        <translation>mostrar u ocultar la vista de la sala</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>deshacer / rehacer</translation>
    </message>
    <message>
        <source>Tab, arrows</source>
        <translation>Tab, flechas</translation>
    </message>
    <message>
        <source>next field, next answer</source>
        <translation>campo siguiente, respuesta siguiente</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>check-in: done, carried over, dropped</source>
        <translation>ronda inicial: hecha, trasladada, descartada</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3, Enter</source>
        <translation>Alt+1, Alt+2, Alt+3, Enter</translation>
    </message>
    <message>
        <source>write: choose the question, save the answer</source>
        <translation>escribir: elegir la pregunta, guardar la respuesta</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>reveal: translate this answer</source>
        <translation>revelar: traducir esta respuesta</translation>
    </message>
    <message>
        <source>Ctrl+G / Ctrl+Shift+G</source>
        <translation>Ctrl+G / Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>group: make a theme of the selected answers / take them out</source>
        <translation>agrupar: hacer un tema con las respuestas seleccionadas / sacarlas de él</translation>
    </message>
    <message>
        <source>+ / −, Ctrl+Enter</source>
        <translation>+ / −, Ctrl+Enter</translation>
    </message>
    <message>
        <source>vote: give or take back a vote, close or reopen the vote</source>
        <translation>votar: dar o retirar un voto, cerrar o reabrir la votación</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>discuss: save the item&apos;s note</source>
        <translation>debatir: guardar la nota del punto</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>actions: add the action</source>
        <translation>acciones: añadir la acción</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>close: publish</source>
        <translation>cierre: publicar</translation>
    </message>
    <message>
        <source>F1, Esc</source>
        <translation>F1, Esc</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>esta ayuda</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>leave facilitation (everything is already saved)</source>
        <translation>salir de la facilitación (todo ya está guardado)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Retro — the room&apos;s view</source>
        <translation>Retro — la vista de la sala</translation>
    </message>
    <message>
        <source>%1 retro · %2</source>
        <translation>Retro %1 · %2</translation>
    </message>
    <message>
        <source>anonymous answers welcome</source>
        <translation>se aceptan respuestas anónimas</translation>
    </message>
    <message>
        <source>named answers only</source>
        <translation>solo respuestas con nombre</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>se acabó el tiempo</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pausa)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>compare this quarter with the three before it</source>
        <translation>comparar este trimestre con los tres anteriores</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the retro report, at any phase</source>
        <translation>exportar el informe de la retro, en cualquier fase</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>check-in: begin or end a moment of silence (one minute, its own timer)</source>
        <translation>ronda inicial: iniciar o terminar un momento de silencio (un minuto, con su propio temporizador)</translation>
    </message>
    <message>
        <source>a moment of silence</source>
        <translation>un momento de silencio</translation>
    </message>
    <message>
        <source>A moment of silence</source>
        <translation>Un momento de silencio</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FieldEdit</name>
    <message>
        <source>Translate this</source>
        <translation>Traducir esto</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Aún sin escribir</translation>
    </message>
    <message>
        <source>Missing in %1 — translate this</source>
        <translation>Falta en %1: tradúzcalo</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Translation status of %1 in %2</source>
        <translation>Estado de la traducción de %1 en %2</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — falta</translation>
    </message>
    <message>
        <source>Apertium did not know these words: %1</source>
        <translation>Apertium no conocía estas palabras: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FireDrillEditor</name>
    <message>
        <source>Kind of drill</source>
        <translation>Tipo de simulacro</translation>
    </message>
    <message>
        <source>First day of the drill</source>
        <translation>Primer día del simulacro</translation>
    </message>
    <message>
        <source>Last day of the drill</source>
        <translation>Último día del simulacro</translation>
    </message>
    <message>
        <source>Partners in the drill</source>
        <translation>Aliadas que participan en el simulacro</translation>
    </message>
    <message>
        <source>Protocols the drill tested</source>
        <translation>Protocolos que el simulacro puso a prueba</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Aliadas:</translation>
    </message>
    <message>
        <source>Pro&amp;tocols tested:</source>
        <translation>Protocolos &amp;probados:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mple:</translation>
    </message>
    <message>
        <source>New fire drill</source>
        <translation>Nuevo simulacro de emergencia</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 del %2 al %3</translation>
    </message>
    <message>
        <source>“Suspend communication for a week to see if local nodes can sustain contact through alternative means. Swap representative roles to expose dependency on individual personalities.” Record a drill once it has been run: at least two partners, and what held or what broke.</source>
        <translation>«Suspender la comunicación durante una semana para ver si los nodos locales pueden mantener el contacto por medios alternativos. Intercambiar los roles de representación para poner al descubierto la dependencia de personalidades individuales.» Registre un simulacro una vez realizado: al menos dos aliadas, y qué resistió o qué se rompió.</translation>
    </message>
    <message>
        <source>The drill ends (%1) before it begins (%2)</source>
        <translation>El simulacro termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>Add fire drill</source>
        <translation>Añadir simulacro de emergencia</translation>
    </message>
    <message>
        <source>Edit fire drill</source>
        <translation>Editar simulacro de emergencia</translation>
    </message>
    <message>
        <source>Fire drill recorded.</source>
        <translation>Simulacro de emergencia registrado.</translation>
    </message>
    <message>
        <source>Delete fire drill</source>
        <translation>Eliminar simulacro de emergencia</translation>
    </message>
    <message>
        <source>Fire drill deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Simulacro de emergencia eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FulfilmentPicker</name>
    <message>
        <source>⁨%1⁩ on %2</source>
        <translation>⁨%1⁩ el %2</translation>
    </message>
    <message>
        <source>The ritual occurrence this record fulfils</source>
        <translation>La fecha del ritual que cumple este registro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Saved, but not linked to the ritual: %1</source>
        <translation>Guardado, pero sin vincular al ritual: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::GroupPanel</name>
    <message>
        <source>Tags, separated by commas; Ctrl+G groups the selected answers with them</source>
        <translation>Etiquetas, separadas por comas; Ctrl+G agrupa con ellas las respuestas seleccionadas</translation>
    </message>
    <message>
        <source>Theme %1 (%2): %3</source>
        <translation>Tema %1 (%2): %3</translation>
    </message>
    <message>
        <source>Move answers</source>
        <translation>Mover respuestas</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportFilePage</name>
    <message>
        <source>UTF-16 little-endian, with a byte-order mark</source>
        <translation>UTF-16 little-endian, con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 little-endian, without a byte-order mark</source>
        <translation>UTF-16 little-endian, sin marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, with a byte-order mark</source>
        <translation>UTF-16 big-endian, con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, without a byte-order mark</source>
        <translation>UTF-16 big-endian, sin marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-8, with a byte-order mark</source>
        <translation>UTF-8, con marca de orden de bytes</translation>
    </message>
    <message>
        <source>UTF-8, without a byte-order mark</source>
        <translation>UTF-8, sin marca de orden de bytes</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>The character %1</source>
        <translation>El carácter %1</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elija el archivo</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet: any delimiter, UTF-8 or UTF-16. Nothing is imported before the last step.</source>
        <translation>Un archivo CSV de una hoja de cálculo: cualquier delimitador, UTF-8 o UTF-16. No se importa nada antes del último paso.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Buscar el archivo CSV</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
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
        <translation>1,234.50 — punto decimal, coma entre millares</translation>
    </message>
    <message>
        <source>1.234,50 — decimal comma, point between thousands</source>
        <translation>1.234,50 — coma decimal, punto entre millares</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>ISO only: %1</source>
        <translation>Solo ISO: %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2), or ISO</source>
        <translation>%1 (p. ej. %2), o ISO</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <translation>Delimitador detectado:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Primera fila:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>Se&amp;parador decimal:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Importar el libro de reciprocidad desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>%1 (chosen below)</source>
        <translation>%1 (elegido abajo)</translation>
    </message>
    <message>
        <source>names the fields (date, from, to, kind, …): the columns map themselves</source>
        <translation>nombra los campos (date, from, to, kind, …): las columnas se asignan solas</translation>
    </message>
    <message>
        <source>is a header that does not name every required field: choose the columns on the next page</source>
        <translation>es un encabezado que no nombra todos los campos obligatorios: elija las columnas en la página siguiente</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From (giving partner)</source>
        <translation>De (aliada que da)</translation>
    </message>
    <message>
        <source>To (receiving partner)</source>
        <translation>Para (aliada que recibe)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>Idioma del relato</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Choose the column that holds each field; fields marked * are required. The preview shows the first %1 rows as they would be imported.</source>
        <translation>Elija la columna que contiene cada campo; los campos marcados con * son obligatorios. La vista previa muestra las primeras %1 filas tal como se importarían.</translation>
    </message>
    <message>
        <source>Column for %1 (required)</source>
        <translation>Columna para %1 (obligatorio)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.</source>
        <translation>Primeras %L1 filas: %L2 correctas, %L3 rechazadas, %L4 ya importadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them dated inside an agreed pause: the import asks about them first.</source>
        <translation>
            <numerusform>%Ln de ellas con fecha dentro de una pausa acordada: la importación pregunta antes por ella.</numerusform>
            <numerusform>%Ln de ellas con fecha dentro de una pausa acordada: la importación pregunta antes por ellas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Aliadas</translation>
    </message>
    <message>
        <source>Names in the file that match no partner, in any script or spelling. No partner is created unless you confirm it here.</source>
        <translation>Nombres del archivo que no coinciden con ninguna aliada, en ninguna escritura ni grafía. No se crea ninguna aliada a menos que la confirme aquí.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Names that match no partner</source>
        <translation>Nombres que no coinciden con ninguna aliada</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nombre en el archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>Primera línea</translation>
    </message>
    <message>
        <source>Import its rows as</source>
        <translation>Importar sus filas como</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Every partner named in the file (%L1 rows) matches a partner.</source>
        <translation>Cada aliada nombrada en el archivo (%L1 filas) coincide con una aliada.</translation>
    </message>
    <message>
        <source>%L1 names match no partner. Rows that name one are rejected unless you choose a partner for it or confirm a new one.</source>
        <translation>%L1 nombres no coinciden con ninguna aliada. Las filas que nombran uno se rechazan a menos que elija una aliada para él o confirme una nueva.</translation>
    </message>
    <message>
        <source>Import the rows of %1 as</source>
        <translation>Importar las filas de %1 como</translation>
    </message>
    <message>
        <source>Leave its rows out (they are rejected)</source>
        <translation>Dejar fuera sus filas (se rechazan)</translation>
    </message>
    <message>
        <source>A new partner named “%1” (confirm)</source>
        <translation>Una aliada nueva llamada «%1» (confirmar)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPreviewModel</name>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
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
        <translation>bien, dentro de una pausa acordada</translation>
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
        <translation>Todo el archivo se importa en un solo paso: detenerlo deja el libro de reciprocidad exactamente como estaba.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <source>Stop the import and save nothing</source>
        <translation>Detener la importación sin guardar nada</translation>
    </message>
    <message>
        <source>Importing… %L1 of %L2 rows read.</source>
        <translation>Importando… %L1 de %L2 filas leídas.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the ledger is as it was.</source>
        <translation>La importación se detuvo. No se guardó nada: el libro de reciprocidad está como estaba.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>La importación falló y no se guardó nada: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 rest from %3 to %4 (lines %5).</source>
        <translation>%1 y %2 descansan del %3 al %4 (líneas %5).</translation>
    </message>
    <message>
        <source>Lines %1.</source>
        <translation>Líneas %1.</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Dentro de una pausa acordada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of this file are dated inside a pause their partners agreed. A pause is rest, not abandonment: record them anyway, or leave them out of this import?</source>
        <translation>
            <numerusform>%Ln fila de este archivo tiene fecha dentro de una pausa que sus aliadas acordaron. Una pausa es descanso, no abandono: ¿registrarla de todos modos, o dejarla fuera de esta importación?</numerusform>
            <numerusform>%Ln filas de este archivo tienen fecha dentro de una pausa que sus aliadas acordaron. Una pausa es descanso, no abandono: ¿registrarlas de todos modos, o dejarlas fuera de esta importación?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record them</source>
        <translation>&amp;Registrarlas</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Dejarlas fuera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are dated inside an agreed pause.</source>
        <translation>
            <numerusform>%Ln fila tiene fecha dentro de una pausa acordada.</numerusform>
            <numerusform>%Ln filas tienen fecha dentro de una pausa acordada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %Ln row(s) are dated inside an agreed pause. Import the file again to record them or leave them out.</source>
        <translation>
            <numerusform>No se guardó nada: %Ln fila tiene fecha dentro de una pausa acordada. Importe el archivo de nuevo para registrarla o dejarla fuera.</numerusform>
            <numerusform>No se guardó nada: %Ln filas tienen fecha dentro de una pausa acordada. Importe el archivo de nuevo para registrarlas o dejarlas fuera.</numerusform>
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
        <translation>La importación está guardada. Cada fila del archivo se cuenta una vez abajo.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Filas leídas:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importadas:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazadas:</translation>
    </message>
    <message>
        <source>Duplicates skipped (imported before):</source>
        <translation>Duplicados omitidos (importados antes):</translation>
    </message>
    <message>
        <source>Partners created:</source>
        <translation>Aliadas creadas:</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>Save the rejected rows to a CSV file</source>
        <translation>Guardar las filas rechazadas en un archivo CSV</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.</source>
        <translation>%L1 importadas + %L2 rechazadas + %L3 duplicadas = %L4 filas leídas.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <source>Each rejected row can be saved with its line number, the reason and its original text, to correct and import again.</source>
        <translation>Cada fila rechazada puede guardarse con su número de línea, el motivo y su texto original, para corregirla e importarla de nuevo.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>No se pueden guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>The rejected rows were saved as %1.</source>
        <translation>Las filas rechazadas se guardaron como %1.</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates + %L4 left out = %L5 rows read.</source>
        <translation>%L1 importadas + %L2 rechazadas + %L3 duplicadas + %L4 dejadas fuera = %L5 filas leídas.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were left out, as you chose.</source>
        <translation>
            <numerusform>La %Ln fila con fecha dentro de una pausa acordada quedó fuera, como eligió.</numerusform>
            <numerusform>Las %Ln filas con fecha dentro de una pausa acordada quedaron fuera, como eligió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were recorded, as you chose.</source>
        <translation>
            <numerusform>La %Ln fila con fecha dentro de una pausa acordada se registró, como eligió.</numerusform>
            <numerusform>Las %Ln filas con fecha dentro de una pausa acordada se registraron, como eligió.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportWizard</name>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Importar el libro de reciprocidad desde CSV</translation>
    </message>
</context>
<context>
    <name>trellis::gui::IncidentEditor</name>
    <message>
        <source>Occurred on</source>
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <source>Protocol used</source>
        <translation>Protocolo usado</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>&amp;Ocurrió el:</translation>
    </message>
    <message>
        <source>&amp;Protocol used:</source>
        <translation>&amp;Protocolo usado:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocolo %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
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
        <translation>Añadir incidente</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Eliminar incidente</translation>
    </message>
    <message>
        <source>Incident deleted; Undo brings it back.</source>
        <translation>Incidente eliminado; Deshacer lo recupera.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerEntryEditor</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>Aliada que da</translation>
    </message>
    <message>
        <source>To partner</source>
        <translation>Aliada que recibe</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Tipo de contribución</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>exact, e.g. %1</source>
        <translation>exacta, p. ej. %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Post when saved (final: corrected only by a reversing entry)</source>
        <translation>&amp;Asentar al guardar (definitivo: solo se corrige con un asiento de anulación)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
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
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>posted ✓</source>
        <translation>asentado ✓</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>reverses entry %1</source>
        <translation>anula el asiento %1</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>Nuevo asiento</translation>
    </message>
    <message>
        <source>Ledger entry %1</source>
        <translation>Asiento %1</translation>
    </message>
    <message>
        <source>Type the quantity, or choose “%1” for a narrative-only entry</source>
        <translation>Escriba la cantidad o elija «%1» para un asiento solo narrativo</translation>
    </message>
    <message>
        <source>Choose the unit of the quantity</source>
        <translation>Elija la unidad de la cantidad</translation>
    </message>
    <message>
        <source>Entry %1 posted. Posted entries are final: use Correct… to reverse one.</source>
        <translation>Asiento %1 asentado. Los asientos asentados son definitivos: use Corregir… para anular uno.</translation>
    </message>
    <message>
        <source>Record ledger entry</source>
        <translation>Registrar asiento</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>Editar asiento</translation>
    </message>
    <message>
        <source>Delete draft entry</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Only a posted entry that is not itself a reversal can be corrected.</source>
        <translation>Solo se puede corregir un asiento asentado que no sea una anulación.</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Corregir este asiento</translation>
    </message>
    <message>
        <source>Trellis will post a reversing entry that cancels entry %1, then open a new entry with its values for you to correct. Continue?</source>
        <translation>Trellis asentará una anulación que cancela el asiento %1 y abrirá un asiento nuevo con sus valores para que los corrija. ¿Continuar?</translation>
    </message>
    <message>
        <source>Entry %1 was reversed by entry %2. Correct the values below and save the new entry.</source>
        <translation>El asiento %1 fue anulado por el asiento %2. Corrija los valores abajo y guarde el nuevo asiento.</translation>
    </message>
    <message>
        <source>reversed by entry %1</source>
        <translation>anulado por el asiento %1</translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2: an entry is reversed only once.</source>
        <translation>El asiento %1 ya fue anulado por el asiento %2: un asiento solo se anula una vez.</translation>
    </message>
    <message>
        <source>Translate ledger entry</source>
        <translation>Traducir asiento del libro</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Dentro de una pausa acordada</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not abandonment. Record this entry dated %6 anyway?</source>
        <translation>%1 y %2 acordaron una pausa del %3 al %4: «%5». Una pausa es descanso, no abandono. ¿Registrar de todos modos este asiento con fecha %6?</translation>
    </message>
    <message>
        <source>Not saved: the entry is dated inside the partners&apos; agreed pause. Change its day, or save again and confirm.</source>
        <translation>No se guardó: el asiento cae dentro de la pausa acordada por las aliadas. Cambia su fecha, o guarda de nuevo y confirma.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerFilterBar</name>
    <message>
        <source>Any partner</source>
        <translation>Cualquier aliada</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrar por aliada</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filtrar por unidad</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Cualquier unidad</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>desde cualquier fecha</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>hasta cualquier fecha</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>Borradores y asentados</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Asentados</translation>
    </message>
    <message>
        <source>With any partner</source>
        <translation>Con cualquier aliada</translation>
    </message>
    <message>
        <source>Filter by the other partner</source>
        <translation>Filtrar por la otra aliada</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerListModel</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Falta en %1; se muestra en su idioma original (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Cantidad</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>S&amp;wap language pair</source>
        <translation>&amp;Intercambiar el par de idiomas</translation>
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
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>&amp;Acerca de Trellis</translation>
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
        <translation>Primer idioma del par</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Segundo idioma del par</translation>
    </message>
    <message>
        <source>Swap the language pair (Ctrl+L)</source>
        <translation>Intercambiar el par de idiomas (Ctrl+L)</translation>
    </message>
    <message>
        <source>Swap the language pair</source>
        <translation>Intercambiar el par de idiomas</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>The last session ended with unsaved changes in %1. Recover them?</source>
        <translation>La última sesión terminó con cambios sin guardar en %1. ¿Recuperarlos?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in all records…</source>
        <translation>&amp;Buscar en todos los registros…</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>&amp;Editar registro</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <source>New record in the current section (Ctrl+N)</source>
        <translation>Nuevo registro en la sección actual (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;New retro</source>
        <translation>&amp;Nueva retro</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>&amp;Comprobar el espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;demo alliance</source>
        <translation>Abrir la alianza de &amp;demostración</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Workspace &amp;properties…</source>
        <translation>&amp;Propiedades del espacio de trabajo…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)</source>
        <translation>Buscar en todos los registros (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>Buscar en todos los registros</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis)</source>
        <translation>Espacios de trabajo de Trellis (*.trellis)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>No se puede crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis);;All files (*)</source>
        <translation>Espacios de trabajo de Trellis (*.trellis);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot write the demo alliance</source>
        <translation>No se puede escribir la alianza de demostración</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Se guardó una copia como %1</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Comprobación del espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an unbroken chain.</source>
        <translation>El espacio de trabajo está sano: %1 aliadas, %2 asientos, %3 de ellos asentados en una cadena intacta.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>&amp;Import ledger from CSV…</source>
        <translation>&amp;Importar el libro de reciprocidad desde CSV…</translation>
    </message>
    <message>
        <source>The ledger import has finished.</source>
        <translation>La importación al libro de reciprocidad ha terminado.</translation>
    </message>
    <message>
        <source>%1 is open in another Trellis window, which was brought forward.</source>
        <translation>%1 está abierto en otra ventana de Trellis, que se ha traído al frente.</translation>
    </message>
    <message>
        <source>Reverse this posted entry and record a corrected one (Ctrl+Shift+C)</source>
        <translation>Anular este asiento asentado y registrar uno corregido (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative &amp;crossovers…</source>
        <translation>&amp;Cruces narrativos…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xportar calendario…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PairFlowChart</name>
    <message>
        <source>Flows of the pair over time</source>
        <translation>Flujos del par a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Elija una celda de la matriz para ver los flujos del par a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>No flows in %1 between these partners in this period.</source>
        <translation>No hay flujos en %1 entre estas aliadas en este periodo.</translation>
    </message>
    <message>
        <source>⁨%1⁩ → ⁨%2⁩</source>
        <translation>⁨%1⁩ → ⁨%2⁩</translation>
    </message>
    <message>
        <source>Flows per month, in %1</source>
        <translation>Flujos por mes, en %1</translation>
    </message>
    <message>
        <source>Flows per quarter, in %1</source>
        <translation>Flujos por trimestre, en %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerEditor</name>
    <message>
        <source>Kind of partner</source>
        <translation>Tipo de aliada</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>two letters, e.g. LK</source>
        <translation>dos letras, p. ej. LK</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>language tags, e.g. fa, en</source>
        <translation>etiquetas de idioma, p. ej. fa, en</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>e.g. fa-IR-u-ca-persian</source>
        <translation>p. ej. fa-IR-u-ca-persian</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>e.g. Asia/Tehran</source>
        <translation>p. ej. Asia/Tehran</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nombre en letras latinas</translation>
    </message>
    <message>
        <source>derived from the name when left empty</source>
        <translation>se deriva del nombre si se deja vacío</translation>
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
        <translation>Configuración &amp;regional:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Latin &amp;name:</source>
        <translation>&amp;Nombre latino:</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nueva aliada</translation>
    </message>
    <message>
        <source>This name contains characters that can deceive (hidden direction marks, mixed scripts or look-alike letters). Check it before sharing.</source>
        <translation>Este nombre contiene caracteres que pueden engañar (marcas de dirección ocultas, escrituras mezcladas o letras parecidas). Revíselo antes de compartirlo.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Añadir aliada</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Editar aliada</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Eliminar aliada</translation>
    </message>
    <message>
        <source>Partner %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Aliada %1 eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Our goals, as ⁨%1⁩ paraphrased them</source>
        <translation>Nuestros objetivos, según la paráfrasis de ⁨%1⁩</translation>
    </message>
    <message>
        <source>Translate paraphrase</source>
        <translation>Traducir paráfrasis</translation>
    </message>
    <message>
        <source>Narrative crossovers with other partners, both ways: %1 (%2)</source>
        <translation>Cruces narrativos con otras aliadas, en ambos sentidos: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerListModel</name>
    <message>
        <source>No name in %1 yet; shown in its original language (%2)</source>
        <translation>Aún sin nombre en %1; se muestra en su idioma original (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Sin país</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PauseEditor</name>
    <message>
        <source>One partner</source>
        <translation>Una aliada</translation>
    </message>
    <message>
        <source>The other partner</source>
        <translation>La otra aliada</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>Primer día de la pausa</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>Último día de la pausa</translation>
    </message>
    <message>
        <source>Day the first partner agreed</source>
        <translation>Día en que la primera aliada aceptó</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Day the other partner agreed</source>
        <translation>Día en que la otra aliada aceptó</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Entre:</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>First agreed &amp;on:</source>
        <translation>La primera acep&amp;tó el:</translation>
    </message>
    <message>
        <source>Other agreed o&amp;n:</source>
        <translation>La otra aceptó e&amp;l:</translation>
    </message>
    <message>
        <source>New pause</source>
        <translation>Nueva pausa</translation>
    </message>
    <message>
        <source>Pause from %1 to %2</source>
        <translation>Pausa del %1 al %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>acordada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>“Silence can be strategic if it is mutual and framed as rest rather than abandonment.” Say why the two partners pause; it is agreed once each side&apos;s consent has a day, and a ledger entry between them dated inside it then asks first.</source>
        <translation>«El silencio puede ser estratégico si es mutuo y se plantea como descanso y no como abandono.» Di por qué las dos aliadas hacen una pausa; queda acordada cuando el consentimiento de cada parte tiene fecha, y entonces un asiento entre ellas fechado dentro pregunta antes.</translation>
    </message>
    <message>
        <source>Proposed: it holds once both sides have agreed.</source>
        <translation>Propuesta: vale cuando ambas partes la hayan aceptado.</translation>
    </message>
    <message>
        <source>Choose the two partners who pause</source>
        <translation>Elige las dos aliadas que hacen la pausa</translation>
    </message>
    <message>
        <source>Add pause</source>
        <translation>Añadir pausa</translation>
    </message>
    <message>
        <source>Edit pause</source>
        <translation>Editar pausa</translation>
    </message>
    <message>
        <source>Delete pause</source>
        <translation>Eliminar pausa</translation>
    </message>
    <message>
        <source>Pause deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Pausa eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>The pause ends (%1) before it begins (%2)</source>
        <translation>La pausa termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>Consent to a pause is given before it ends (%1), not on %2</source>
        <translation>El consentimiento a una pausa se da antes de que termine (%1), no el %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Idioma de la &amp;interfaz:</translation>
    </message>
    <message>
        <source>The new language applies when Trellis starts again.</source>
        <translation>El nuevo idioma se aplica cuando Trellis vuelva a iniciarse.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ProtocolEditor</name>
    <message>
        <source>Review due</source>
        <translation>Revisión prevista</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Review due:</source>
        <translation>&amp;Revisión prevista:</translation>
    </message>
    <message>
        <source>New conflict protocol</source>
        <translation>Nuevo protocolo de conflicto</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>Protocolo guardado como versión 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>Protocolo guardado como versión %1; las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>Partner that agrees</source>
        <translation>Aliada que da su acuerdo</translation>
    </message>
    <message>
        <source>Agreed by (person)</source>
        <translation>Acordado por (persona)</translation>
    </message>
    <message>
        <source>who agreed for it</source>
        <translation>quién acordó en su nombre</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Registrar a&amp;cuerdo</translation>
    </message>
    <message>
        <source>&amp;Agreement of:</source>
        <translation>&amp;Acuerdo de:</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version</source>
        <translation>Guarde primero el protocolo: las aliadas acuerdan una versión guardada</translation>
    </message>
    <message>
        <source>Records the agreement to version %1 at once (Undo takes it back)</source>
        <translation>Registra de inmediato el acuerdo con la versión %1 (Deshacer lo retira)</translation>
    </message>
    <message numerus="yes">
        <source>Agreed by %n partner(s). Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</source>
        <translation>
            <numerusform>Acordado por %n aliada. Guardar un cambio registra la versión %1, que necesita sus propios acuerdos; las versiones anteriores se conservan con los suyos.</numerusform>
            <numerusform>Acordado por %n aliadas. Guardar un cambio registra la versión %1, que necesita sus propios acuerdos; las versiones anteriores se conservan con los suyos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version.</source>
        <translation>Guarde primero el protocolo: las aliadas acuerdan una versión guardada.</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Registrar acuerdo</translation>
    </message>
    <message>
        <source>Agreement recorded.</source>
        <translation>Acuerdo registrado.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterComparisonView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Retros held</source>
        <translation>Retros celebradas</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Respuestas a</translation>
    </message>
    <message>
        <source>Votes given</source>
        <translation>Votos emitidos</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>%1 (%2 carried in)</source>
        <translation>%1 (%2 heredadas)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>trasladada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún pendientes</translation>
    </message>
    <message>
        <source>Tags: answers (votes)</source>
        <translation>Etiquetas: respuestas (votos)</translation>
    </message>
    <message>
        <source>%1 — came back in %2 quarters</source>
        <translation>%1 — reapareció en %2 trimestres</translation>
    </message>
    <message>
        <source>No retro was held in these quarters.</source>
        <translation>No se celebró ninguna retro en estos trimestres.</translation>
    </message>
    <message>
        <source>No tag came back in two quarters of this span.</source>
        <translation>Ninguna etiqueta reapareció en dos trimestres de este intervalo.</translation>
    </message>
    <message>
        <source>Came back in two quarters or more: %1</source>
        <translation>Reaparecieron en dos trimestres o más: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterFacts</name>
    <message>
        <source>The quarter %1 in the ledger</source>
        <translation>El trimestre %1 en el libro de reciprocidad</translation>
    </message>
    <message>
        <source>%1 gave %2 %3</source>
        <translation>%1 dio %2 %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibió %1</translation>
    </message>
    <message>
        <source>asymmetry %1</source>
        <translation>asimetría %1</translation>
    </message>
    <message>
        <source>Persisting: %1 keeps giving more than %2 in %3</source>
        <translation>Persistente: %1 sigue dando más que %2 en %3</translation>
    </message>
    <message>
        <source>Incidents this quarter: %1 · rupture rehearsals: %2</source>
        <translation>Incidentes este trimestre: %1 · ensayos de ruptura: %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuorumPanel</name>
    <message>
        <source>Who paraphrases whom</source>
        <translation>Quién parafrasea a quién</translation>
    </message>
    <message>
        <source>Paraphrases</source>
        <translation>Parafrasea</translation>
    </message>
    <message>
        <source>the goals of</source>
        <translation>los objetivos de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Write paraphrase…</source>
        <translation>&amp;Escribir paráfrasis…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>C&amp;onfirmar…</translation>
    </message>
    <message>
        <source>The paraphrased partner says: yes, that is what we mean</source>
        <translation>La aliada parafraseada dice: sí, eso es lo que queremos decir</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <source>The paraphrased partner returns the paraphrase with a note</source>
        <translation>La aliada parafraseada devuelve la paráfrasis con una nota</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>aún sin escribir</translation>
    </message>
    <message>
        <source>The listening quorum is complete: every partner has paraphrased the goals of every other, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>El quórum de escucha está completo: cada aliada ha parafraseado los objetivos de todas las demás, cada paráfrasis está confirmada y hay un intercambio cultural previsto.</translation>
    </message>
    <message>
        <source>The goals of %1, in its words (%2)</source>
        <translation>Los objetivos de %1, en sus palabras (%2)</translation>
    </message>
    <message>
        <source>As %1 paraphrased them (%2)</source>
        <translation>Según la paráfrasis de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has not paraphrased them yet</source>
        <translation>%1 aún no los ha parafraseado</translation>
    </message>
    <message>
        <source>Choose who paraphrases whom first</source>
        <translation>Elija primero quién parafrasea a quién</translation>
    </message>
    <message>
        <source>The paraphrase by %1 is saved: %2 can now acknowledge it.</source>
        <translation>La paráfrasis de %1 está guardada: %2 ya puede confirmarla.</translation>
    </message>
    <message>
        <source>There is no paraphrase to acknowledge here</source>
        <translation>Aquí no hay ninguna paráfrasis que confirmar</translation>
    </message>
    <message>
        <source>%1 acknowledged the paraphrase of its goals by %2.</source>
        <translation>%1 confirmó la paráfrasis que %2 hizo de sus objetivos.</translation>
    </message>
    <message>
        <source>There is no paraphrase to send back here</source>
        <translation>Aquí no hay ninguna paráfrasis que devolver</translation>
    </message>
    <message>
        <source>%1 sent the paraphrase by %2 back.</source>
        <translation>%1 devolvió la paráfrasis de %2.</translation>
    </message>
    <message>
        <source>Write paraphrase</source>
        <translation>Escribir paráfrasis</translation>
    </message>
    <message>
        <source>%1 paraphrases in its own language. Which one?</source>
        <translation>%1 parafrasea en su propio idioma. ¿En cuál?</translation>
    </message>
    <message>
        <source>The goals of %1, as %2 understands them, in %3:</source>
        <translation>Los objetivos de %1, tal como los entiende %2, en %3:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Who says, for %1: yes, that is what we mean?</source>
        <translation>¿Quién dice, en nombre de %1: «sí, eso es lo que queremos decir»?</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Who sends it back, for %1?</source>
        <translation>¿Quién la devuelve en nombre de %1?</translation>
    </message>
    <message>
        <source>What the paraphrase by %1 misses:</source>
        <translation>Lo que falta en la paráfrasis de %1:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecordEditor</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Drop the unsaved changes (Esc)</source>
        <translation>Descartar los cambios sin guardar (Esc)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Unsaved changes recovered from the last session. Save them, or press Esc to drop them.</source>
        <translation>Cambios sin guardar recuperados de la última sesión. Guárdelos o pulse Esc para descartarlos.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Show the record as it is saved now, dropping the changes made here</source>
        <translation>Mostrar el registro tal como está guardado ahora y descartar los cambios hechos aquí</translation>
    </message>
    <message>
        <source>This record now shows what was saved most recently.</source>
        <translation>Este registro muestra ahora lo último que se guardó.</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it (another Trellis window or the command line). Your changes cannot be saved to it.</source>
        <translation>Alguien más eliminó este registro mientras usted lo editaba (otra ventana de Trellis o la línea de comandos). Sus cambios no se pueden guardar en él.</translation>
    </message>
    <message>
        <source>The record shown was deleted by someone else (another Trellis window or the command line).</source>
        <translation>Alguien más eliminó el registro mostrado (otra ventana de Trellis o la línea de comandos).</translation>
    </message>
    <message>
        <source>Someone else saved this record (another Trellis window or the command line); it now shows their version.</source>
        <translation>Alguien más guardó este registro (otra ventana de Trellis o la línea de comandos); ahora muestra la versión guardada.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (another Trellis window or the command line). Save will not overwrite their changes: reload to see them, then make yours again.</source>
        <translation>Alguien más guardó este registro mientras usted lo editaba (otra ventana de Trellis o la línea de comandos). Guardar no sobrescribirá esos cambios: recargue para verlos y luego vuelva a hacer los suyos.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecurrenceForm</name>
    <message>
        <source>Monthly on the first %1</source>
        <translation>Cada mes, el primer %1</translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation>Cada mes, el segundo %1</translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation>Cada mes, el tercer %1</translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation>Cada mes, el cuarto %1</translation>
    </message>
    <message>
        <source>How the ritual repeats</source>
        <translation>Cómo se repite el ritual</translation>
    </message>
    <message>
        <source>Repeats every how many weeks, months or years</source>
        <translation>Cada cuántas semanas, meses o años se repite</translation>
    </message>
    <message>
        <source>When the repeats end</source>
        <translation>Cuándo terminan las repeticiones</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Tras un número de veces</translation>
    </message>
    <message>
        <source>Last day it may fall on</source>
        <translation>Último día en que puede caer</translation>
    </message>
    <message>
        <source>How many times it happens, the first included</source>
        <translation>Cuántas veces ocurre, incluida la primera</translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545 RRULE)</source>
        <translation>Regla de recurrencia (RFC 5545 RRULE)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Repetición:</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gla:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Cada semana, el %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Cada mes, el día %1</translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation>Cada mes, el último %1</translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation>Cada año, el %1 de %2</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regla personalizada (RRULE)</translation>
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
            <numerusform>año</numerusform>
            <numerusform>años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <comment>after a count</comment>
        <translation>
            <numerusform> vez</numerusform>
            <numerusform> veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recurrence rule, such as FREQ=MONTHLY;BYDAY=1SA</source>
        <translation>Escriba la regla de recurrencia, p. ej. FREQ=MONTHLY;BYDAY=1SA</translation>
    </message>
    <message>
        <source>Give the last day the ritual may fall on</source>
        <translation>Indique el último día en que puede caer el ritual</translation>
    </message>
    <message>
        <source>The repeats end before the ritual&apos;s first date</source>
        <translation>Las repeticiones terminan antes de la primera fecha del ritual</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RehearsalEditor</name>
    <message>
        <source>Held on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <source>New rupture rehearsal</source>
        <translation>Nuevo ensayo de ruptura</translation>
    </message>
    <message>
        <source>Rupture rehearsal %1</source>
        <translation>Ensayo de ruptura %1</translation>
    </message>
    <message>
        <source>Rehearsal recorded.</source>
        <translation>Ensayo registrado.</translation>
    </message>
    <message>
        <source>Edit rehearsal</source>
        <translation>Editar ensayo</translation>
    </message>
    <message>
        <source>Add rehearsal</source>
        <translation>Añadir ensayo</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Eliminar ensayo</translation>
    </message>
    <message>
        <source>Rehearsal deleted; Undo brings it back.</source>
        <translation>Ensayo eliminado; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mple:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ReportDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Exportar archivo documental</translation>
    </message>
    <message>
        <source>Ledger review</source>
        <translation>Revisión del libro de reciprocidad</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Informe de retro</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Manual de protocolos</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de aliadas</translation>
    </message>
    <message>
        <source>all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</source>
        <translation>todo el tiempo, o 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Todas las aliadas</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>No disponible en esta compilación</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Elija dos idiomas distintos.</translation>
    </message>
    <message>
        <source>Choose a folder for the archive.</source>
        <translation>Elija una carpeta para el archivo documental.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>%1 export is not available in this build.</source>
        <translation>La exportación a %1 no está disponible en esta compilación.</translation>
    </message>
    <message>
        <source>Preview of the whole report.</source>
        <translation>Vista previa del informe completo.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n rows.</source>
        <translation>
            <numerusform>Vista previa de la primera fila (%n).</numerusform>
            <numerusform>Vista previa de las primeras %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Detenido. No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta del archivo documental</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Ledger review…</source>
        <translation>Revisión del &amp;libro de reciprocidad…</translation>
    </message>
    <message>
        <source>&amp;Retro report…</source>
        <translation>Informe de &amp;retro…</translation>
    </message>
    <message>
        <source>&amp;Protocol handbook…</source>
        <translation>Manual de &amp;protocolos…</translation>
    </message>
    <message>
        <source>Partner &amp;directory…</source>
        <translation>&amp;Directorio de aliadas…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>&amp;Exportar archivo documental…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>&amp;Aliada:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Cus&amp;todian:</source>
        <translation>C&amp;ustodia:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rpeta:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>A&amp;brir al terminar</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
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
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Votes for answer %1</source>
        <translation>Votos de la respuesta %1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One more vote for answer %1</source>
        <translation>Un voto más para la respuesta %1</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags of answer %1</source>
        <translation>Etiquetas de la respuesta %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroEditor</name>
    <message>
        <source>Held on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitadora</translation>
    </message>
    <message>
        <source>First language of the retro</source>
        <translation>Primer idioma de la retro</translation>
    </message>
    <message>
        <source>Second language of the retro</source>
        <translation>Segundo idioma de la retro</translation>
    </message>
    <message>
        <source>Question of the new answer</source>
        <translation>Pregunta de la nueva respuesta</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>Añadir &amp;respuesta</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Añadir a&amp;cción</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Faci&amp;litadora:</translation>
    </message>
    <message>
        <source>Language &amp;pair:</source>
        <translation>&amp;Par de idiomas:</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>Respuesta %1 · %2</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>Nueva retro</translation>
    </message>
    <message>
        <source>Retro %1</source>
        <translation>Retro %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>sin publicar</translation>
    </message>
    <message>
        <source>Answers: %1 · actions: %2</source>
        <translation>Respuestas: %1 · acciones: %2</translation>
    </message>
    <message>
        <source>Add retro</source>
        <translation>Añadir retro</translation>
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
        <translation>Publicar el registro bilingüe: definitivo, después solo pueden cambiar las traducciones</translation>
    </message>
    <message>
        <source>Votes and tags:</source>
        <translation>Votos y etiquetas:</translation>
    </message>
    <message>
        <source>published %1 ✓</source>
        <translation>publicada el %1 ✓</translation>
    </message>
    <message>
        <source>Published: the answers, votes, tags and actions are final; translations can still be added.</source>
        <translation>Publicada: las respuestas, los votos, las etiquetas y las acciones son definitivos; aún se pueden añadir traducciones.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Eliminar retro</translation>
    </message>
    <message>
        <source>Retro deleted; Undo brings it back.</source>
        <translation>Retro eliminada; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags and actions can no longer change, and it cannot be deleted. Translations can still be added.</source>
        <translation>¿Publicar el registro bilingüe de la retro %1? Publicar es definitivo: sus respuestas, votos, etiquetas y acciones ya no podrán cambiar y no se podrá eliminar. Aún se podrán añadir traducciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing in %1</source>
        <translation>
            <numerusform>falta %n texto en %1</numerusform>
            <numerusform>faltan %n textos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet bilingual: %1.</source>
        <translation>Aún no es bilingüe: %1.</translation>
    </message>
    <message>
        <source>Save the retro before publishing it.</source>
        <translation>Guarde la retro antes de publicarla.</translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publicar retro</translation>
    </message>
    <message>
        <source>Published. Only translations can change from now on.</source>
        <translation>Publicada. A partir de ahora solo pueden cambiar las traducciones.</translation>
    </message>
    <message>
        <source>Retro %1 published.</source>
        <translation>Retro %1 publicada.</translation>
    </message>
    <message>
        <source>The retro&apos;s pair is the one its room, its reports and its archive use. The columns below follow the toolbar&apos;s pair, so you can translate into any language.</source>
        <translation>El par de la retro es el que usan su sala, sus informes y su archivo documental. Las columnas de abajo siguen el par de la barra de herramientas, así que puede traducir a cualquier idioma.</translation>
    </message>
    <message>
        <source>Shared risks taken this quarter, for “%1”: %2</source>
        <translation>Riesgos compartidos asumidos este trimestre, para «%1»: %2</translation>
    </message>
    <message>
        <source>Shared risks cited:</source>
        <translation>Riesgos compartidos citados:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Cu&amp;mple:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroRiskCitations</name>
    <message>
        <source>Answer that cites</source>
        <translation>Respuesta que cita</translation>
    </message>
    <message>
        <source>Shared risks cited</source>
        <translation>Riesgos compartidos citados</translation>
    </message>
    <message>
        <source>Answer %1 · ⁨%2⁩</source>
        <translation>Respuesta %1 · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Save an answer to “%1” to cite the shared risks that proved the alliance.</source>
        <translation>Guarda una respuesta a «%1» para citar los riesgos compartidos que probaron la alianza.</translation>
    </message>
    <message>
        <source>No shared risk was recorded in this quarter.</source>
        <translation>No se registró ningún riesgo compartido en este trimestre.</translation>
    </message>
    <message>
        <source>Choose the answer that cites the risk</source>
        <translation>Elige la respuesta que cita el riesgo</translation>
    </message>
    <message>
        <source>Cite shared risk</source>
        <translation>Citar riesgo compartido</translation>
    </message>
    <message>
        <source>Withdraw citation</source>
        <translation>Retirar cita</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroSession</name>
    <message>
        <source>Add answer</source>
        <translation>Añadir respuesta</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Respuesta guardada.</translation>
    </message>
    <message>
        <source>Translate answer</source>
        <translation>Traducir respuesta</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>Retirar un voto</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Cerrar la votación</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Reabrir la votación</translation>
    </message>
    <message>
        <source>Group answers</source>
        <translation>Agrupar respuestas</translation>
    </message>
    <message>
        <source>Move answer</source>
        <translation>Mover respuesta</translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation>Etiquetar tema</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Actualización local</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Acción guardada.</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Cambiar de fase</translation>
    </message>
    <message>
        <source>Change the vote rules</source>
        <translation>Cambiar las reglas de la votación</translation>
    </message>
    <message>
        <source>Each participant now has %1 votes, at most %2 on one answer.</source>
        <translation>Ahora cada participante tiene %1 votos, como máximo %2 en una respuesta.</translation>
    </message>
    <message>
        <source>Welcome anonymous answers</source>
        <translation>Aceptar respuestas anónimas</translation>
    </message>
    <message>
        <source>Take named answers only</source>
        <translation>Aceptar solo respuestas con nombre</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome.</source>
        <translation>Se aceptan respuestas anónimas.</translation>
    </message>
    <message>
        <source>Answers are named from now on.</source>
        <translation>A partir de ahora, las respuestas llevan nombre.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Revisar acción</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RevealPanel</name>
    <message>
        <source>The answer in %1; Enter saves, Esc leaves it</source>
        <translation>La respuesta en %1; Enter guarda, Esc la deja</translation>
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
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation>A una &amp;hora fija</translation>
    </message>
    <message>
        <source>Start time on the organizer&apos;s clock</source>
        <translation>Hora de inicio en el reloj de quien organiza</translation>
    </message>
    <message>
        <source>Organizer&apos;s time zone</source>
        <translation>Zona horaria de quien organiza</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation>Cuánto dura, en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Partners who take part</source>
        <translation>Aliadas que participan</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation>Primera &amp;fecha:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Hora:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Próximas fechas:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Aliadas:</translation>
    </message>
    <message>
        <source>New ritual</source>
        <translation>Nuevo ritual</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 desde el %2</translation>
    </message>
    <message>
        <source>“Set quarterly listening circles, rotate caretaking duties, and schedule pauses between collaborations.” A ritual at a set time is held at one moment on the organizer&apos;s clock; the calendar shows it on each partner&apos;s. File ▸ Export calendar… hands the rituals to calendar apps.</source>
        <translation>«Establecer círculos de escucha trimestrales, rotar las tareas de cuidado y programar pausas entre colaboraciones.» Un ritual a una hora fija se celebra en un único momento según el reloj de quien lo organiza; el calendario lo muestra en el de cada aliada. Archivo ▸ Exportar calendario… entrega los rituales a las aplicaciones de calendario.</translation>
    </message>
    <message>
        <source>(none while the date, time or rule is not complete)</source>
        <translation>(ninguna mientras la fecha, la hora o la regla estén incompletas)</translation>
    </message>
    <message>
        <source>none after today</source>
        <translation>ninguna después de hoy</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>a las %1, %2</translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation>Añadir ritual</translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation>Editar ritual</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>Eliminar ritual</translation>
    </message>
    <message>
        <source>Ritual deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Ritual eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
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
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>Nada encontrado. Tres letras cualesquiera de una palabra la encuentran, en cualquier escritura.</translation>
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
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before leaving it?</source>
        <translation>Este registro tiene cambios sin guardar. ¿Guardarlos antes de salir?</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedFile</name>
    <message>
        <source>Read-only: this workspace contains database objects Trellis did not write. You can read, search and export, but not save.</source>
        <translation>Solo lectura: este espacio de trabajo contiene objetos de base de datos que Trellis no escribió. Puede leer, buscar y exportar, pero no guardar.</translation>
    </message>
    <message>
        <source>Read-only: you do not have permission to change this file. You can read, search and export, but not save.</source>
        <translation>Solo lectura: no tiene permiso para modificar este archivo. Puede leer, buscar y exportar, pero no guardar.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedRiskEditor</name>
    <message>
        <source>Taken on</source>
        <translation>Asumido el</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Asumido por</translation>
    </message>
    <message>
        <source>Each partner checked bore a part of the risk and gets a field for it below</source>
        <translation>Cada aliada marcada asumió una parte del riesgo y tiene abajo un campo para describirla</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Asientos</translation>
    </message>
    <message>
        <source>entry numbers, e.g. %1</source>
        <translation>números de asiento, p. ej. %1</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>Asumido &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>Asumido &amp;por:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpañas:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidentes:</translation>
    </message>
    <message>
        <source>Ledger &amp;entries:</source>
        <translation>&amp;Asientos:</translation>
    </message>
    <message>
        <source>Part borne by ⁨%1⁩</source>
        <translation>Parte asumida por ⁨%1⁩</translation>
    </message>
    <message>
        <source>New shared risk</source>
        <translation>Nuevo riesgo compartido</translation>
    </message>
    <message>
        <source>A risk the partners took together, and the part each bore. The retro&apos;s third question (which shared risk proved our alliance?) can cite it.</source>
        <translation>Un riesgo que las aliadas asumieron juntas, y la parte que asumió cada una. La tercera pregunta de la retro (¿qué riesgo compartido puso a prueba nuestra alianza?) puede citarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n answer(s) to the retro&apos;s third question.</source>
        <translation>
            <numerusform>Citado por %n respuesta a la tercera pregunta de la retro.</numerusform>
            <numerusform>Citado por %n respuestas a la tercera pregunta de la retro.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a ledger entry number</source>
        <translation>«%1» no es un número de asiento</translation>
    </message>
    <message>
        <source>Add shared risk</source>
        <translation>Añadir riesgo compartido</translation>
    </message>
    <message>
        <source>Edit shared risk</source>
        <translation>Editar riesgo compartido</translation>
    </message>
    <message>
        <source>Delete shared risk</source>
        <translation>Eliminar riesgo compartido</translation>
    </message>
    <message>
        <source>Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.</source>
        <translation>Riesgo compartido eliminado junto con sus citas. Deshacer (Ctrl+Z) recupera el riesgo, no las citas.</translation>
    </message>
    <message>
        <source>Shared risk deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Riesgo compartido eliminado. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2 · %3 %4</source>
        <translation>Paridad de comprensión: %1 %2 · %3 %4</translation>
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
        <translation>Idioma de la primera columna</translation>
    </message>
    <message>
        <source>Language of the second column</source>
        <translation>Idioma de la segunda columna</translation>
    </message>
    <message>
        <source>The date in this language&apos;s calendar</source>
        <translation>La fecha en el calendario de este idioma</translation>
    </message>
    <message>
        <source>parity %1</source>
        <translation>paridad %1</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>Paridad de comprensión: %1 de %2 textos escritos se pueden leer en este idioma</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueModel</name>
    <message>
        <source>%1 · settled</source>
        <translation>%1 · en firme</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
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
        <translation>Original en</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
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
        <translation>Traducir &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Original in:</source>
        <translation>&amp;Original en:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Fields waiting for a translation</source>
        <translation>Campos pendientes de traducción</translation>
    </message>
    <message>
        <source>Open field</source>
        <translation>Abrir campo</translation>
    </message>
    <message>
        <source>Open the field beside its original (Enter); F8 goes on to the next one</source>
        <translation>Abrir el campo junto a su original (Enter); F8 pasa al siguiente</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Generar borradores con &amp;Apertium…</translation>
    </message>
    <message>
        <source>Fill the selected missing fields (or the whole queue) with Apertium&apos;s offline machine translation, marked as machine drafts for review</source>
        <translation>Rellenar los campos faltantes seleccionados (o toda la cola) con la traducción automática sin conexión de Apertium, marcados como borradores automáticos para revisar</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>todos los registros</translation>
    </message>
    <message>
        <source>missing or machine draft</source>
        <translation>falta o borrador automático</translation>
    </message>
    <message>
        <source>Nothing waits for a translation into %1.</source>
        <translation>No hay nada pendiente de traducir a %1.</translation>
    </message>
    <message>
        <source>%1 fields wait for a translation into %2.</source>
        <translation>%1 campos pendientes de traducir a %2.</translation>
    </message>
    <message>
        <source>That was the last field waiting for a translation into %1.</source>
        <translation>Era el último campo pendiente de traducir a %1.</translation>
    </message>
    <message>
        <source>No missing field to draft: machine drafts wait for a person&apos;s review.</source>
        <translation>No hay campos faltantes para generar borradores: los borradores automáticos esperan la revisión de una persona.</translation>
    </message>
    <message numerus="yes">
        <source>Draft the %n selected missing field(s) into %1 with Apertium?</source>
        <translation>
            <numerusform>¿Generar con Apertium un borrador en %1 para %n campo faltante seleccionado?</numerusform>
            <numerusform>¿Generar con Apertium borradores en %1 para los %n campos faltantes seleccionados?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft all %n missing field(s) of the queue into %1 with Apertium?</source>
        <translation>
            <numerusform>¿Generar con Apertium un borrador en %1 para %n campo faltante de la cola?</numerusform>
            <numerusform>¿Generar con Apertium borradores en %1 para todos los %n campos faltantes de la cola?</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft with Apertium</source>
        <translation>Generar borradores con Apertium</translation>
    </message>
    <message>
        <source>Drafts are marked machine: they do not count as readable until a person edits or reviews them.</source>
        <translation>Los borradores se marcan como automáticos: no cuentan como legibles hasta que una persona los edite o los revise.</translation>
    </message>
    <message>
        <source>Apertium is drafting into %1…</source>
        <translation>Apertium está generando borradores en %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Apertium is drafting…</source>
        <translation>Apertium está generando borradores…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) drafted by Apertium, marked machine for review.</source>
        <translation>
            <numerusform>Apertium generó el borrador de %n campo, marcado como automático para revisarlo.</numerusform>
            <numerusform>Apertium generó el borrador de %n campos, marcados como automáticos para revisarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apertium drafted %n field(s).</source>
        <translation>
            <numerusform>Apertium generó el borrador de %n campo.</numerusform>
            <numerusform>Apertium generó el borrador de %n campos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::UnknownWordMarks</name>
    <message>
        <source>Apertium did not know this word</source>
        <translation>Apertium no conocía esta palabra</translation>
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
        <translation>Votación en curso: los recuentos se muestran al cerrarse la votación.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in all</source>
        <translation>
            <numerusform>%n voto en total</numerusform>
            <numerusform>%n votos en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of this voter&apos;s votes</source>
        <translation>
            <numerusform>%n voto de esta persona votante</numerusform>
            <numerusform>%n votos de esta persona votante</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote is closed (Ctrl+Enter reopens it).</source>
        <translation>La votación está cerrada (Ctrl+Enter la reabre).</translation>
    </message>
    <message>
        <source>%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, Ctrl+Enter closes the vote.</source>
        <translation>Quedan %1 de %2 votos para esta persona votante, como máximo %3 en una respuesta. + da un voto, − retira uno, Ctrl+Enter cierra la votación.</translation>
    </message>
    <message>
        <source>Votes &amp;each participant has:</source>
        <translation>Votos de &amp;cada participante:</translation>
    </message>
    <message>
        <source>At &amp;most on one answer:</source>
        <translation>&amp;Máximo en una respuesta:</translation>
    </message>
    <message>
        <source>Each participant has %1 votes, at most %2 on one answer.</source>
        <translation>Cada participante tiene %1 votos, como máximo %2 en una respuesta.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WelcomePage</name>
    <message>
        <source>Welcome to Trellis</source>
        <translation>Le damos la bienvenida a Trellis</translation>
    </message>
    <message>
        <source>This workspace is empty. It will keep your alliance&apos;s partners, its reciprocity ledger, its retros and its conflict protocols, each in two languages side by side. Begin in one of four ways:</source>
        <translation>Este espacio de trabajo está vacío. Guardará las aliadas de su alianza, su libro de reciprocidad, sus retros y sus protocolos de conflicto, cada uno en dos idiomas lado a lado. Empiece de una de estas cuatro maneras:</translation>
    </message>
    <message>
        <source>1  Name the alliance and its working languages</source>
        <translation>1  Ponga nombre a la alianza y elija sus idiomas de trabajo</translation>
    </message>
    <message>
        <source>The languages its partners read and write, in order; any two of them sit side by side.</source>
        <translation>Los idiomas que leen y escriben sus aliadas, en orden; dos cualesquiera de ellos se muestran lado a lado.</translation>
    </message>
    <message>
        <source>2  Add the first partner</source>
        <translation>2  Añada la primera aliada</translation>
    </message>
    <message>
        <source>A movement, union, collective or envoy, named in its own script.</source>
        <translation>Un movimiento, sindicato, colectivo o enviada, con su nombre en su propia escritura.</translation>
    </message>
    <message>
        <source>3  Open the demo alliance</source>
        <translation>3  Abra la alianza de demostración</translation>
    </message>
    <message>
        <source>Eleven partners, each writing in its own script, with a ledger and retros, to look around first.</source>
        <translation>Once aliadas, cada una con su propia escritura, con un libro de reciprocidad y retros, para echar un vistazo primero.</translation>
    </message>
    <message>
        <source>4  Import a spreadsheet</source>
        <translation>4  Importe una hoja de cálculo</translation>
    </message>
    <message>
        <source>The ledger you kept until now, from a CSV file; its partners are created as you confirm them.</source>
        <translation>El libro de reciprocidad que ha llevado hasta ahora, desde un archivo CSV; sus aliadas se crean a medida que las confirma.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>Working languages now: %1. Change them, and give the alliance its name.</source>
        <translation>Idiomas de trabajo actuales: %1. Cámbielos y ponga nombre a la alianza.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspacePropertiesDialog</name>
    <message>
        <source>Workspace properties</source>
        <translation>Propiedades del espacio de trabajo</translation>
    </message>
    <message>
        <source>Language tags in order, separated by commas, e.g. fa, es, en</source>
        <translation>Etiquetas de idioma en orden, separadas por comas, p. ej. fa, es, en</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, p. ej. EUR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>Idiomas de &amp;trabajo:</translation>
    </message>
    <message>
        <source>&amp;Home partner:</source>
        <translation>Aliada &amp;propia:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;Moneda predeterminada:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspaceStatus</name>
    <message>
        <source>· no automatic backup yet</source>
        <translation>· aún sin copia automática</translation>
    </message>
    <message>
        <source>· last backup %1</source>
        <translation>· última copia %1</translation>
    </message>
    <message>
        <source>· parity: counting…</source>
        <translation>· paridad: contando…</translation>
    </message>
    <message>
        <source>· parity %1</source>
        <translation>· paridad %1</translation>
    </message>
    <message>
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language. Click a language to see what waits for a translation into it.</source>
        <translation>Paridad de comprensión: la proporción de textos del espacio de trabajo que se pueden leer en cada idioma de trabajo. Haga clic en un idioma para ver qué está pendiente de traducir a él.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WritePanel</name>
    <message>
        <source>What felt extractive?</source>
        <translation>¿Qué se sintió extractivo?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>¿Qué se sintió transformador?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>¿Qué riesgo compartido puso a prueba nuestra alianza?</translation>
    </message>
    <message>
        <source>The answer as it is said; Enter saves it</source>
        <translation>La respuesta tal como se dice; Enter la guarda</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Pregunta:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autoría:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>Anonymous (no author is kept)</source>
        <translation>Anónima (no se guarda la autoría)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written, hidden until Reveal</source>
        <translation>
            <numerusform>%n respuesta escrita, oculta hasta Revelar</numerusform>
            <numerusform>%n respuestas escritas, ocultas hasta Revelar</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous answers &amp;welcome (no author is kept for them)</source>
        <translation>A&amp;ceptar respuestas anónimas (no se guarda su autoría)</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome: no author is kept for them.</source>
        <translation>Se aceptan respuestas anónimas: no se guarda su autoría.</translation>
    </message>
    <message>
        <source>Answers are named in this retro.</source>
        <translation>En esta retro, las respuestas llevan nombre.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffExportDialog</name>
    <message>
        <source>Export for translation (XLIFF)</source>
        <translation>Exportar para traducción (XLIFF)</translation>
    </message>
    <message>
        <source>Writes the fields whose original is in one language and that are missing in another as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the translated file with File ▸ Import translations (XLIFF)…</source>
        <translation>Escribe en un solo archivo XLIFF 1.2, para una herramienta de traducción (OmegaT, Lokalize, Weblate), los campos cuyo original está en un idioma y que faltan en otro. Importe el archivo traducido con Archivo ▸ Importar traducciones (XLIFF)…</translation>
    </message>
    <message>
        <source>&amp;Originals in:</source>
        <translation>&amp;Originales en:</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;Traducir a:</translation>
    </message>
    <message>
        <source>Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)</source>
        <translation>XLIFF 1.2 estándar (Lokalize, Weblate, translate-toolkit)</translation>
    </message>
    <message>
        <source>OmegaT (a copy of the original in each target)</source>
        <translation>OmegaT (una copia del original en cada destino)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecto:</translation>
    </message>
    <message>
        <source>Include &amp;machine drafts, for review</source>
        <translation>Incluir &amp;borradores automáticos, para revisarlos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Archivos XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Elija dos idiomas distintos.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo en el que escribir.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) written to %1.</source>
        <translation>
            <numerusform>%n campo escrito en %1.</numerusform>
            <numerusform>%n campos escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffImportReport</name>
    <message>
        <source>Translations imported</source>
        <translation>Traducciones importadas</translation>
    </message>
    <message>
        <source>%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 → %2: %3 leídas, %4 actualizadas, %5 sin cambios, %6 rechazadas.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Refused units changed nothing. Export again to translate them from the current originals.</source>
        <translation>Las unidades rechazadas no cambiaron nada. Vuelva a exportar para traducirlas a partir de los originales actuales.</translation>
    </message>
</context>
<context>
    <name>trellis::reports::OdtWriter</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>No se puede escribir el informe.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>traducción faltante</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>traducción automática</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>traducción humana, sin revisar</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>traducción revisada</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadena del libro de reciprocidad</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Cabeza de la cadena (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>ningún asiento asentado</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Asientos cubiertos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar con</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Cadena del libro de reciprocidad: cabeza %1… · %2 asientos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>traducción automática</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>traducción humana, sin revisar</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>traducción revisada</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation>La exportación se detuvo; no se escribió nada.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>traducción faltante</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Cadena del libro de reciprocidad</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Cabeza de la cadena (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>ningún asiento asentado</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Asientos cubiertos</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verificar con</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Cadena del libro de reciprocidad: cabeza %1… · %2 asientos</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved. The log names the cause.</source>
        <translation>No se puede convertir el PDF en un PDF de archivo (PDF/A-1b), así que no se guardó. El registro indica la causa.</translation>
    </message>
</context>
</TS>
