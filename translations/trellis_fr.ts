<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Every ledger entry</source>
        <translation>Toutes les écritures du registre de réciprocité</translation>
    </message>
    <message>
        <source>Bilingual archive</source>
        <translation>Archive bilingue</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Nothing is posted in the ledger yet.</source>
        <translation>Aucune écriture n&apos;est encore validée dans le registre de réciprocité.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Chaîne du registre</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Tête de chaîne (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Écritures couvertes</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Vérifier avec</translation>
    </message>
    <message>
        <source>Every record of the alliance, side by side in %1 and %2. This archive opens in any browser, offline; MANIFEST.sha256 lists the SHA-256 of every file (check it with: sha256sum -c MANIFEST.sha256).</source>
        <translation>Toutes les fiches de l&apos;alliance, côte à côte en %1 et en %2. Cette archive s&apos;ouvre dans n&apos;importe quel navigateur, hors ligne ; MANIFEST.sha256 donne le SHA-256 de chaque fichier (vérifiez-le avec : sha256sum -c MANIFEST.sha256).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>Rapports en PDF</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>Tableaux (CSV)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Dépositaire</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Transmise le</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The archive is too large for one ZIP file; keep the folder.</source>
        <translation>L&apos;archive est trop volumineuse pour un seul fichier ZIP ; conservez le dossier.</translation>
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
        <translation>Rétro trimestrielle</translation>
    </message>
    <message>
        <source>Listening circle</source>
        <translation>Cercle d’écoute</translation>
    </message>
    <message>
        <source>Rupture rehearsal</source>
        <translation>Répétition de rupture</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>Exercice de crise</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>Passation de l’archive</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Échange culturel</translation>
    </message>
    <message>
        <source>Congress or spokes council</source>
        <translation>Congrès ou conseil des porte-parole</translation>
    </message>
    <message>
        <source>Other ritual</source>
        <translation>Autre rituel</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>chaque semaine</numerusform>
            <numerusform>toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>chaque mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>chaque année</numerusform>
            <numerusform>tous les %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, %n fois</numerusform>
            <numerusform>, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu’au %1</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>done</source>
        <translation>accomplie</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation>%1 la veille</translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation>%1 le lendemain</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenue</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 rest</source>
        <translation>%1 et %2 se reposent</translation>
    </message>
    <message>
        <source>Next custodian of the archive: %1</source>
        <translation>Prochain dépositaire de l’archive : %1</translation>
    </message>
    <message>
        <source>%1 held the archive last time too</source>
        <translation>%1 était déjà dépositaire de l’archive la dernière fois</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n ritual(s) written to %1</source>
        <translation>
            <numerusform>%n rituel écrit dans %1</numerusform>
            <numerusform>%n rituels écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Impossible d’exporter le calendrier</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A cultural exchange needs the day it is held</source>
        <translation>Un échange culturel a besoin du jour où il a lieu</translation>
    </message>
    <message>
        <source>A cultural exchange is between at least two partners</source>
        <translation>Un échange culturel se fait entre au moins deux partenaires</translation>
    </message>
    <message>
        <source>A shared risk needs the day it was taken</source>
        <translation>Un risque partagé a besoin du jour où il a été pris</translation>
    </message>
    <message>
        <source>A shared risk needs what was risked</source>
        <translation>Un risque partagé a besoin de ce qui a été risqué</translation>
    </message>
    <message>
        <source>A shared risk is borne by at least two partners</source>
        <translation>Un risque partagé est porté par au moins deux partenaires</translation>
    </message>
    <message>
        <source>Each part of a shared risk is borne by a saved partner</source>
        <translation>Chaque part d’un risque partagé est portée par un partenaire enregistré</translation>
    </message>
    <message>
        <source>A partner bears one part of a shared risk: it is listed twice</source>
        <translation>Un partenaire porte une seule part d’un risque partagé : il figure deux fois</translation>
    </message>
    <message>
        <source>A crossover needs both texts: as it was born and as it was reborn</source>
        <translation>Un croisement narratif a besoin des deux textes : à sa naissance et à sa renaissance</translation>
    </message>
    <message>
        <source>A crossover needs the day it was reborn</source>
        <translation>Un croisement narratif a besoin du jour de sa renaissance</translation>
    </message>
    <message>
        <source>A crossover cannot be reborn before it was born</source>
        <translation>Un croisement narratif ne peut pas renaître avant d’être né</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another, not to itself</source>
        <translation>Un croisement narratif va d’un partenaire à un autre, pas à lui-même</translation>
    </message>
    <message>
        <source>A crossover needs the partner it was born in and the one that adopted it</source>
        <translation>Un croisement narratif a besoin du partenaire où il est né et de celui qui l’a adopté</translation>
    </message>
    <message>
        <source>This exchange was held: it stays in the alliance&apos;s record and cannot be deleted</source>
        <translation>Cet échange a eu lieu : il reste dans les archives de l’alliance et ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>This retro is published: the shared risks its answers cite cannot change</source>
        <translation>Cette rétro est publiée : les risques partagés que citent ses réponses ne peuvent pas changer</translation>
    </message>
    <message>
        <source>A pause is agreed between two partners</source>
        <translation>Une pause se convient entre deux partenaires</translation>
    </message>
    <message>
        <source>A pause is agreed between two different partners</source>
        <translation>Une pause se convient entre deux partenaires différents</translation>
    </message>
    <message>
        <source>A pause needs its first and last day</source>
        <translation>Une pause a besoin de son premier et de son dernier jour</translation>
    </message>
    <message>
        <source>Say why the partners pause: a pause is rest, not abandonment, when both know why</source>
        <translation>Dites pourquoi les partenaires font une pause : une pause est un repos, pas un abandon, quand les deux savent pourquoi</translation>
    </message>
    <message>
        <source>A pause lasts two years at most; agree a new one when it ends</source>
        <translation>Une pause dure deux ans au plus ; convenez-en une nouvelle quand elle se termine</translation>
    </message>
    <message>
        <source>A partner of the pause is not a partner of this workspace</source>
        <translation>Un partenaire de la pause n’est pas un partenaire de cet espace de travail</translation>
    </message>
    <message>
        <source>A ritual needs a title</source>
        <translation>Un rituel a besoin d’un titre</translation>
    </message>
    <message>
        <source>A ritual needs a first date</source>
        <translation>Un rituel a besoin d’une première date</translation>
    </message>
    <message>
        <source>Each partner of a ritual must be saved first</source>
        <translation>Chaque partenaire d’un rituel doit d’abord être enregistré</translation>
    </message>
    <message>
        <source>A ritual at a set time needs its organizer&apos;s time zone, so that every partner meets at the same moment</source>
        <translation>Un rituel à heure fixe a besoin du fuseau horaire de son organisatrice, afin que tous les partenaires se retrouvent au même moment</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>record</source>
        <translation>fiche</translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Check-in</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Rédaction</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Dévoilement</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relue</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humaine</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>brouillon automatique</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>&amp;Run retro…</source>
        <translation>&amp;Animer la rétro…</translation>
    </message>
    <message>
        <source>Run retro</source>
        <translation>Animer la rétro</translation>
    </message>
    <message>
        <source>Choose a saved retro in the Retros section first.</source>
        <translation>Choisissez d&apos;abord une rétro enregistrée dans la section Rétros.</translation>
    </message>
    <message>
        <source>Compare quarters</source>
        <translation>Comparer les trimestres</translation>
    </message>
    <message>
        <source>&amp;Compare quarters…</source>
        <translation>&amp;Comparer les trimestres…</translation>
    </message>
</context>
<context>
    <name>FulfilmentUndo</name>
    <message>
        <source>Brought back, but not linked to its ritual again: %1</source>
        <translation>Rétabli, mais sans nouveau lien avec son rituel : %1</translation>
    </message>
    <message>
        <source>Link to ritual</source>
        <translation>Lier au rituel</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>translation missing</source>
        <translation>traduction manquante</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Chaîne du registre</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Tête de chaîne (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Écritures couvertes</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Vérifier avec</translation>
    </message>
    <message>
        <source>Nothing is posted yet: the chain is empty.</source>
        <translation>Aucune écriture n&apos;est encore validée : la chaîne est vide.</translation>
    </message>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>L&apos;écriture du rapport a échoué : %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source> (no partner has this name; choose one or confirm a new one on the wizard&apos;s Partners page)</source>
        <translation> (aucun partenaire ne porte ce nom ; choisissez-en un ou confirmez-en un nouveau dans la page Partenaires de l&apos;assistant)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Funds</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Emotional labour</source>
        <translation>Travail émotionnel</translation>
    </message>
    <message>
        <source>Cultural labour</source>
        <translation>Travail culturel</translation>
    </message>
    <message>
        <source>Contextualising news</source>
        <translation>Mise en contexte de l&apos;actualité</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Moral leadership</source>
        <translation>Leadership moral</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Syndicat</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>brouillon automatique</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humaine</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>relue</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>contre-passation</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>What felt extractive?</source>
        <translation>Qu&apos;est-ce qui a semblé extractif ?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>Qu&apos;est-ce qui a semblé transformateur ?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>Quel risque partagé a prouvé notre alliance ?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Objectifs dans ses propres mots</translation>
    </message>
    <message>
        <source>Contact notes (sensitive)</source>
        <translation>Notes de contact (sensibles)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>Ce qu&apos;elle a appris</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>sans quantité</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>words</source>
        <translation>mots</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nuits</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no country</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Goals as another partner paraphrased them</source>
        <translation>Objectifs reformulés par un autre partenaire</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum atteint</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>renvoyée</translation>
    </message>
    <message>
        <source>revised, waiting for an answer</source>
        <translation>révisée, en attente de réponse</translation>
    </message>
    <message>
        <source>the goals changed since</source>
        <translation>objectifs modifiés depuis</translation>
    </message>
    <message>
        <source>art trade</source>
        <translation>échange d&apos;œuvres</translation>
    </message>
    <message>
        <source>study session</source>
        <translation>séance d&apos;étude</translation>
    </message>
    <message>
        <source>storytelling night</source>
        <translation>soirée de contes</translation>
    </message>
    <message>
        <source>shared meal</source>
        <translation>repas partagé</translation>
    </message>
    <message>
        <source>song</source>
        <translation>chant</translation>
    </message>
    <message>
        <source>vigil</source>
        <translation>veillée</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>held</source>
        <translation>a eu lieu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Buts</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>expression</translation>
    </message>
    <message>
        <source>metaphor</source>
        <translation>métaphore</translation>
    </message>
    <message>
        <source>slogan</source>
        <translation>slogan</translation>
    </message>
    <message>
        <source>joke</source>
        <translation>blague</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Ce qui a été échangé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>Ce qui a été risqué</translation>
    </message>
    <message>
        <source>Part borne</source>
        <translation>Part portée</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>À sa naissance</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>À sa renaissance</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Où on l’a vu</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why the partners pause</source>
        <translation>Pourquoi les partenaires font une pause</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>Ce qui a tenu</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>Ce qui a cédé</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>Questions portées</translation>
    </message>
    <message>
        <source>Voices to amplify</source>
        <translation>Voix à amplifier</translation>
    </message>
    <message>
        <source>What returned</source>
        <translation>Ce qui est revenu</translation>
    </message>
    <message>
        <source>Risk weighed: carbon</source>
        <translation>Risque pesé : carbone</translation>
    </message>
    <message>
        <source>Risk weighed: visas</source>
        <translation>Risque pesé : visas</translation>
    </message>
    <message>
        <source>Risk weighed: surveillance</source>
        <translation>Risque pesé : surveillance</translation>
    </message>
</context>
<context>
    <name>LedgerReview</name>
    <message>
        <source>Balances by pair</source>
        <translation>Bilans par paire</translation>
    </message>
    <message>
        <source>Given is what the first partner gave the second; received, what it received from the second. Funds count once both sides approve. Asymmetry is |given − received| / (given + received).</source>
        <translation>« Donné » est ce que le premier partenaire a donné au second ; « reçu », ce qu&apos;il a reçu du second. Les fonds comptent une fois que les deux parties les ont approuvés. L&apos;asymétrie vaut |donné − reçu| / (donné + reçu).</translation>
    </message>
    <message>
        <source>Balances in %1</source>
        <translation>Bilans en %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>Asymmetries that persist</source>
        <translation>Asymétries persistantes</translation>
    </message>
    <message>
        <source>No pair&apos;s asymmetry persisted over the last %1 quarters.</source>
        <translation>Aucune asymétrie de paire n&apos;a persisté au cours des %1 derniers trimestres.</translation>
    </message>
    <message>
        <source>In each of the last %1 quarters the same partner gave at least three times what it received, in the same unit.</source>
        <translation>Au cours de chacun des %1 derniers trimestres, le même partenaire a donné au moins trois fois ce qu&apos;il a reçu, dans la même unité.</translation>
    </message>
    <message>
        <source>Giving more</source>
        <translation>Donne plus</translation>
    </message>
    <message>
        <source>Giving less</source>
        <translation>Donne moins</translation>
    </message>
    <message>
        <source>Flows between %1 and %2</source>
        <translation>Flux entre %1 et %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 vers %2</translation>
    </message>
    <message>
        <source>Flows over time</source>
        <translation>Flux dans le temps</translation>
    </message>
    <message>
        <source>Contributions that are not counted in numbers</source>
        <translation>Contributions qui ne se comptent pas en chiffres</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Narrative-only contributions</source>
        <translation>Contributions seulement narratives</translation>
    </message>
    <message>
        <source>Funds and their consent</source>
        <translation>Fonds et leur consentement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>approved for %1 by %2 at %3</source>
        <translation>approuvé au nom de %1 par %2 le %3</translation>
    </message>
    <message>
        <source>withdrawn for %1 by %2 at %3</source>
        <translation>retiré au nom de %1 par %2 le %3</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>versés</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>en attente de %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposés</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Fonds</translation>
    </message>
</context>
<context>
    <name>ListeningQuorum</name>
    <message>
        <source>%1 lists no language it works in: add its languages first, so that its paraphrase can be written in its own language</source>
        <translation>%1 n&apos;indique aucune langue de travail : ajoutez d&apos;abord ses langues, afin que sa reformulation puisse être rédigée dans sa propre langue</translation>
    </message>
    <message>
        <source>A paraphrase is written in the paraphrasing partner&apos;s own language: %1 works in %2, not in %3</source>
        <translation>Une reformulation se rédige dans la langue du partenaire qui reformule : %1 travaille en %2, pas en %3</translation>
    </message>
    <message>
        <source>A campaign is a joint project: it needs at least two partners</source>
        <translation>Une campagne est un projet commun : il lui faut au moins deux partenaires</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2</source>
        <translation>%1 doit reformuler les objectifs de %2</translation>
    </message>
    <message>
        <source>%1 has not yet acknowledged the paraphrase of its goals by %2</source>
        <translation>%1 n&apos;a pas encore confirmé la reformulation de ses objectifs par %2</translation>
    </message>
    <message>
        <source>%1 sent back the paraphrase of its goals by %2</source>
        <translation>%1 a renvoyé la reformulation de ses objectifs par %2</translation>
    </message>
    <message>
        <source>The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again</source>
        <translation>Les objectifs de %1 ont changé depuis que %2 les a reformulés : %1 doit confirmer de nouveau la reformulation</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2 in a language %1 works in</source>
        <translation>%1 doit reformuler les objectifs de %2 dans l&apos;une des langues de travail de %1</translation>
    </message>
    <message>
        <source>No cultural exchange is planned with the campaign</source>
        <translation>Aucun échange culturel n&apos;est prévu avec la campagne</translation>
    </message>
    <message>
        <source>The campaign cannot go ahead yet:</source>
        <translation>La campagne ne peut pas encore démarrer :</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Trellis — the slow-solidarity workbench</source>
        <translation>Trellis — l&apos;atelier de la solidarité lente</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Ouvrir l&apos;espace de travail FILE.</translation>
    </message>
    <message>
        <source>Save the main window as FILE.png once loaded, then exit.</source>
        <translation>Enregistrer la fenêtre principale en FILE.png une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <source>User-interface language (en, es, fr, ar, pt).</source>
        <translation>Langue de l&apos;interface (en, es, fr, ar, pt).</translation>
    </message>
    <message>
        <source>The side-by-side language pair, e.g. fa,es.</source>
        <translation>La paire de langues côte à côte, p. ex. fa,es.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>Journaliser les messages de débogage (identifiants seulement) dans le terminal et le fichier journal.</translation>
    </message>
    <message>
        <source>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</source>
        <translation>Une fois la section affichée, aller à la dernière ligne de sa liste (comme le fait Ctrl+End), p. ex. pour capturer la fin d&apos;un long registre de réciprocité.</translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system).</source>
        <translation>Couleurs : system, dark ou high-contrast (par défaut : $TRELLIS_PALETTE, sinon system).</translation>
    </message>
    <message>
        <source>Run the retro RETRO_ID in facilitation mode (full screen).</source>
        <translation>Animer la rétro RETRO_ID en mode animation (plein écran).</translation>
    </message>
    <message>
        <source>With --facilitate, open at a phase: check_in, write, reveal, group, vote, discuss, actions, close.</source>
        <translation>Avec --facilitate, ouvrir à une phase : check_in, write, reveal, group, vote, discuss, actions, close.</translation>
    </message>
    <message>
        <source>The workspace to open (as --workspace FILE does).</source>
        <translation>L&apos;espace de travail à ouvrir (comme le fait --workspace FILE).</translation>
    </message>
    <message>
        <source>Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4.</source>
        <translation>Comparer les rétros des trimestres FROM à TO, p. ex. 2026-Q1:2026-Q4.</translation>
    </message>
    <message>
        <source>Section to show: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</source>
        <translation>Section à afficher : partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Latin form</source>
        <translation>Forme latine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Objectifs dans ses propres mots</translation>
    </message>
    <message>
        <source>As %1 understood it</source>
        <translation>Tels que %1 les a compris</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>The alliance has no partners yet.</source>
        <translation>L&apos;alliance n&apos;a pas encore de partenaires.</translation>
    </message>
</context>
<context>
    <name>PauseNotes</name>
    <message>
        <source>Pausing with %1 from %2 to %3, agreed by both: rest, not abandonment.</source>
        <translation>En pause avec %1 du %2 au %3, convenue des deux côtés : un repos, pas un abandon.</translation>
    </message>
    <message>
        <source>A pause with %1 from %2 to %3 is proposed: it holds once both sides consent.</source>
        <translation>Une pause avec %1 du %2 au %3 est proposée : elle vaut quand les deux côtés y consentent.</translation>
    </message>
</context>
<context>
    <name>ProtocolHandbook</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>No partner has agreed to this version yet.</source>
        <translation>Aucun partenaire n&apos;a encore approuvé cette version.</translation>
    </message>
    <message>
        <source>Incidents that used it</source>
        <translation>Incidents où il a servi</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>No incident has used this protocol.</source>
        <translation>Aucun incident n&apos;a fait appel à ce protocole.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>No conflict protocol has been drafted.</source>
        <translation>Aucun protocole de conflit n&apos;a été rédigé.</translation>
    </message>
    <message>
        <source>Rupture rehearsals</source>
        <translation>Répétitions de rupture</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>Ce qu&apos;elle a appris</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>No rehearsal was held in this period.</source>
        <translation>Aucune répétition n&apos;a eu lieu dans cette période.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Impossible d&apos;annuler : %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>Impossible de rétablir : %1</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>Ledger review</source>
        <translation>Revue du registre de réciprocité</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Rapport de rétro</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Manuel des protocoles</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>(unnamed alliance)</source>
        <translation>(alliance sans nom)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Unknown language “%1”: %2</source>
        <translation>Langue inconnue « %1 » : %2</translation>
    </message>
    <message>
        <source>A report needs two different languages.</source>
        <translation>Un rapport nécessite deux langues différentes.</translation>
    </message>
    <message>
        <source>A pair needs its first partner too.</source>
        <translation>Une paire nécessite aussi son premier partenaire.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>L&apos;exportation a été arrêtée ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>ODT export is not available in this build.</source>
        <translation>L&apos;exportation ODT n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>L&apos;exportation PDF n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>RetroReport</name>
    <message>
        <source>Retro of %1</source>
        <translation>Rétro du trimestre %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animatrice</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n vote)</numerusform>
            <numerusform>(%n votes)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes : %1</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>Aucune réponse.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(faite)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Aucune action.</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Rétros</translation>
    </message>
    <message>
        <source>No retro was held in this period.</source>
        <translation>Aucune rétro n&apos;a eu lieu dans cette période.</translation>
    </message>
</context>
<context>
    <name>RhythmChoices</name>
    <message>
        <source>⁨%1⁩ (version %2)</source>
        <translation>⁨%1⁩ (version %2)</translation>
    </message>
</context>
<context>
    <name>RhythmLabels</name>
    <message>
        <source>Communication blackout</source>
        <translation>Coupure des communications</translation>
    </message>
    <message>
        <source>Role swap</source>
        <translation>Échange de rôles</translation>
    </message>
    <message>
        <source>Other drill</source>
        <translation>Autre exercice</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Registre de réciprocité</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Rétros</translation>
    </message>
    <message>
        <source>Conflict protocols</source>
        <translation>Protocoles de conflit</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Répétitions de rupture</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Échanges culturels</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Risques partagés</translation>
    </message>
    <message>
        <source>Narrative crossovers</source>
        <translation>Croisements narratifs</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>Rituels</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Fire drills</source>
        <translation>Exercices de crise</translation>
    </message>
    <message>
        <source>Envoy journeys</source>
        <translation>Voyages d’envoyées</translation>
    </message>
    <message>
        <source>Archive custodians</source>
        <translation>Dépositaires de l’archive</translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Manquant en %1 ; affiché dans sa langue d&apos;origine (%2)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animatrice</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Révision prévue</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Listening quorum</source>
        <translation>Quorum d&apos;écoute</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Débute le</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>Ce qui a été échangé</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>Ce qui a été risqué</translation>
    </message>
    <message>
        <source>Parts borne</source>
        <translation>Parts portées</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Date de renaissance</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>À sa renaissance</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Naissance chez</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Renaissance chez</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenue</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenue</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>Ce qui a tenu</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>Part le</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>Questions portées</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transmise le</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Dépositaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>Cannot import translations</source>
        <translation>Impossible d&apos;importer les traductions</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Export for translation (XLIFF)…</source>
        <translation>&amp;Exporter pour traduction (XLIFF)…</translation>
    </message>
    <message>
        <source>Import &amp;translations (XLIFF)…</source>
        <translation>Importer des &amp;traductions (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Importer des traductions</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ne&amp;xt field to translate</source>
        <translation>Champ suivant à &amp;traduire</translation>
    </message>
    <message>
        <source>Open the next field waiting in the Translations section (F8)</source>
        <translation>Ouvrir le prochain champ en attente dans la section Traductions (F8)</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Pré-traduire avec &amp;Apertium…</translation>
    </message>
</context>
<context>
    <name>TranslationQueue</name>
    <message>
        <source>Retro answer</source>
        <translation>Réponse de rétro</translation>
    </message>
    <message>
        <source>Retro action</source>
        <translation>Action de rétro</translation>
    </message>
    <message>
        <source>Conflict protocol</source>
        <translation>Protocole de conflit</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Goal paraphrase</source>
        <translation>Reformulation des objectifs</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>%1: this field is not shown in its record&apos;s editor; translate it with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1 : ce champ n’est pas affiché dans l’éditeur de son enregistrement ; traduisez-le avec Fichier ▸ Exporter pour traduction (XLIFF)…</translation>
    </message>
    <message>
        <source>The workspace is open read-only: no translation can be saved in it.</source>
        <translation>L’espace de travail est ouvert en lecture seule : aucune traduction ne peut y être enregistrée.</translation>
    </message>
    <message>
        <source>%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1 n’a pas encore d’éditeur dans la fenêtre : traduisez ses champs avec Fichier ▸ Exporter pour traduction (XLIFF)…</translation>
    </message>
    <message>
        <source>Note on a paraphrase</source>
        <translation>Note sur une reformulation</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Échange culturel</translation>
    </message>
    <message>
        <source>Shared risk</source>
        <translation>Risque partagé</translation>
    </message>
    <message>
        <source>Part of a shared risk</source>
        <translation>Part d’un risque partagé</translation>
    </message>
    <message>
        <source>Narrative crossover</source>
        <translation>Passage de récit</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Rituel</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>Passation de l’archive</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>Exercice de crise</translation>
    </message>
    <message>
        <source>Envoy journey</source>
        <translation>Voyage d’envoyée</translation>
    </message>
    <message>
        <source>Retro theme</source>
        <translation>Thème de rétro</translation>
    </message>
    <message>
        <source>Facilitator&apos;s note</source>
        <translation>Note de l’animatrice</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Nouvelles locales</translation>
    </message>
    <message>
        <source>Action review</source>
        <translation>Revue d’action</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>This workspace was written by a newer version of Trellis. Update Trellis to open it; this version will not change it.</source>
        <translation>Cet espace de travail a été écrit par une version plus récente de Trellis. Mettez Trellis à jour pour l&apos;ouvrir ; cette version ne le modifiera pas.</translation>
    </message>
    <message>
        <source>This workspace file is damaged, so Trellis will not open it as it is.</source>
        <translation>Ce fichier d&apos;espace de travail est endommagé ; Trellis ne l&apos;ouvrira pas en l&apos;état.</translation>
    </message>
    <message>
        <source>This file is not a Trellis workspace.</source>
        <translation>Ce fichier n&apos;est pas un espace de travail Trellis.</translation>
    </message>
    <message>
        <source>Another program is holding this workspace. Close it and try again.</source>
        <translation>Un autre programme utilise cet espace de travail. Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Trellis cannot open this workspace.</source>
        <translation>Trellis ne peut pas ouvrir cet espace de travail.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it keeps the current file beside it as “.before-restore”.</source>
        <translation>La sauvegarde automatique la plus récente date du %1. La restaurer conserve le fichier actuel à côté sous le nom « .before-restore ».</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>This workspace contains database objects that Trellis did not write. They could change records behind your back, so Trellis opened it read-only: you can read and export, but not save.</source>
        <translation>Cet espace de travail contient des objets de base de données que Trellis n&apos;a pas écrits. Ils pourraient modifier des fiches à votre insu ; Trellis l&apos;a donc ouvert en lecture seule : vous pouvez lire et exporter, mais pas enregistrer.</translation>
    </message>
    <message>
        <source>What differs from a Trellis workspace:</source>
        <translation>Ce qui diffère d&apos;un espace de travail Trellis :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::AboutDialog</name>
    <message>
        <source>About Trellis</source>
        <translation>À propos de Trellis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trellis %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trellis %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for movements that work together across borders and languages: partners, the reciprocity ledger, solidarity retros and conflict protocols, side by side in two languages.</source>
        <translation>Un atelier pour les mouvements qui travaillent ensemble par-delà les frontières et les langues : partenaires, registre de réciprocité, rétros de solidarité et protocoles de conflit, côte à côte en deux langues.</translation>
    </message>
    <message>
        <source>Qt %1 · SQLite %2 · ICU %3</source>
        <translation>Qt %1 · SQLite %2 · ICU %3</translation>
    </message>
    <message>
        <source>Trellis is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Trellis est un logiciel libre : vous pouvez le partager et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou (à votre choix) toute version ultérieure (%1). Il est fourni sans aucune garantie.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ActionsPanel</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Action in %1:</source>
        <translation>&amp;Action en %1 :</translation>
    </message>
    <message>
        <source>Action in %1 (&amp;B):</source>
        <translation>Action en %1 (&amp;B) :</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>reportée</translation>
    </message>
    <message numerus="yes">
        <source>Adjust commitments: in the last %n quarter(s), %1 gave %2 to %3 and received %4</source>
        <translation>
            <numerusform>Ajuster les engagements : au cours du dernier trimestre (%n), %1 a donné %2 à %3 et a reçu %4</numerusform>
            <numerusform>Ajuster les engagements : au cours des %n derniers trimestres, %1 a donné %2 à %3 et a reçu %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceMatrixModel</name>
    <message>
        <source>⁨%1⁩ gave ⁨%2⁩: %3</source>
        <translation>⁨%1⁩ a donné à ⁨%2⁩ : %3</translation>
    </message>
    <message>
        <source>Received back: %1</source>
        <translation>Reçu en retour : %1</translation>
    </message>
    <message>
        <source>Asymmetry of the pair: %1</source>
        <translation>Asymétrie de la paire : %1</translation>
    </message>
    <message>
        <source>Funds awaiting consent: %1</source>
        <translation>Fonds en attente de consentement : %1</translation>
    </message>
    <message numerus="yes">
        <source>The asymmetry persists: one side gave far more in each of the last %n quarters.</source>
        <translation>
            <numerusform>L&apos;asymétrie persiste : une partie a donné bien plus au cours du dernier trimestre (%n).</numerusform>
            <numerusform>L&apos;asymétrie persiste : une partie a donné bien plus au cours de chacun des %n derniers trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave (row)</source>
        <translation>%1 a donné (ligne)</translation>
    </message>
    <message>
        <source>%1 received (column)</source>
        <translation>%1 a reçu (colonne)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairDetail</name>
    <message>
        <source>The pair&apos;s figures per unit</source>
        <translation>Les chiffres de la paire par unité</translation>
    </message>
    <message>
        <source>Contributions not counted in numbers:</source>
        <translation>Contributions non comptées en chiffres :</translation>
    </message>
    <message>
        <source>Narrative-only contributions of the pair</source>
        <translation>Contributions seulement narratives de la paire</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix: its pair&apos;s figures appear here.</source>
        <translation>Choisissez une cellule de la matrice : les chiffres de sa paire s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Choisissez une cellule de la matrice pour voir les flux de la paire dans le temps.</translation>
    </message>
    <message>
        <source>⁨%1⁩ and ⁨%2⁩</source>
        <translation>⁨%1⁩ et ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</source>
        <translation>%1 · ⁨%2⁩ → ⁨%3⁩ · %4 : ⁨%5⁩</translation>
    </message>
    <message>
        <source>No contributions without numbers.</source>
        <translation>Aucune contribution sans chiffres.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairModel</name>
    <message>
        <source>Given / received, in the currency</source>
        <translation>Donné / reçu, dans la devise</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <source>Funds proposed</source>
        <translation>Fonds proposés</translation>
    </message>
    <message>
        <source>Funds disbursed</source>
        <translation>Fonds versés</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Plage personnalisée</translation>
    </message>
    <message>
        <source>A day in the period (the range&apos;s first day)</source>
        <translation>Un jour de la période (le premier jour de la plage)</translation>
    </message>
    <message>
        <source>The range&apos;s last day</source>
        <translation>Le dernier jour de la plage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceView</name>
    <message numerus="yes">
        <source>Rows gave, columns received. Tinted: the pair&apos;s asymmetry persists — one side gave at least three times what it received in each of the last %n quarters.</source>
        <translation>
            <numerusform>Les lignes ont donné, les colonnes ont reçu. Teinté : l&apos;asymétrie de la paire persiste — une partie a donné au moins trois fois ce qu&apos;elle a reçu au cours du dernier trimestre (%n).</numerusform>
            <numerusform>Les lignes ont donné, les colonnes ont reçu. Teinté : l&apos;asymétrie de la paire persiste — une partie a donné au moins trois fois ce qu&apos;elle a reçu au cours de chacun des %n derniers trimestres.</numerusform>
        </translation>
    </message>
    <message>
        <source>(asymmetry |given − received| / (given + received))</source>
        <translation>(asymétrie |donné − reçu| / (donné + reçu))</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>Unit of the matrix</source>
        <translation>Unité de la matrice</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation>&amp;Afficher les écritures</translation>
    </message>
    <message>
        <source>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</source>
        <translation>Ouvrir le registre de réciprocité filtré sur la paire et la période choisies (Enter, ou double-clic sur une cellule)</translation>
    </message>
    <message>
        <source>Balance matrix: rows gave, columns received</source>
        <translation>Matrice des bilans : les lignes ont donné, les colonnes ont reçu</translation>
    </message>
    <message>
        <source>No posted entries with a quantity in this period.</source>
        <translation>Aucune écriture validée avec une quantité dans cette période.</translation>
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
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>On the partners&apos; clocks</source>
        <translation>Sur les horloges des partenaires</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarView</name>
    <message>
        <source>Gregorian</source>
        <translation>Grégorien</translation>
    </message>
    <message>
        <source>Persian (Solar Hijri)</source>
        <translation>Persan (hégirien solaire)</translation>
    </message>
    <message>
        <source>Islamic (Umm al-Qura)</source>
        <translation>Islamique (Umm al-Qura)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébraïque</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>Bouddhiste</translation>
    </message>
    <message>
        <source>Indian national</source>
        <translation>National indien</translation>
    </message>
    <message>
        <source>Ethiopian</source>
        <translation>Éthiopien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Aujourd’&amp;hui</translation>
    </message>
    <message>
        <source>Calendar the month is counted in</source>
        <translation>Calendrier dans lequel le mois est compté</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>What falls on the day chosen</source>
        <translation>Ce qui tombe le jour choisi</translation>
    </message>
    <message>
        <source>Agenda of the month</source>
        <translation>Agenda du mois</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · du %2 au %3</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xporter le calendrier…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CampaignEditor</name>
    <message>
        <source>Starts on</source>
        <translation>Débute le</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>pas encore fixée</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>État suivant</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Changer d&apos;état</translation>
    </message>
    <message>
        <source>Quorum met and active need the listening quorum: every partner has paraphrased the goals of every other, and each paraphrase is acknowledged</source>
        <translation>Les états « quorum atteint » et « active » exigent le quorum d&apos;écoute : chaque partenaire a reformulé les objectifs de chacun des autres, et chaque reformulation est confirmée</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Échanges culturels</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Débute le :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Se &amp;termine le :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Cultural exchanges:</source>
        <translation>Échanges culturels :</translation>
    </message>
    <message>
        <source>Listening quorum:</source>
        <translation>Quorum d&apos;écoute :</translation>
    </message>
    <message>
        <source>%1, %2 (%3)%4</source>
        <translation>%1, %2 (%3)%4</translation>
    </message>
    <message>
        <source>none planned yet: a campaign becomes active only with one</source>
        <translation>aucun prévu pour l&apos;instant : une campagne ne devient active qu&apos;avec au moins un échange</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>A campaign starts as proposed. It becomes active once every partner has paraphrased the goals of every other in its own language, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>Une campagne commence à l&apos;état « proposée ». Elle devient active une fois que chaque partenaire a reformulé les objectifs de chacun des autres dans sa propre langue, que chaque reformulation est confirmée et qu&apos;un échange culturel est prévu.</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Ajouter une campagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>The campaign is now %1. Status changes are kept in its history and are not undone.</source>
        <translation>La campagne est désormais %1. Les changements d&apos;état sont conservés dans son historique et ne peuvent pas être annulés.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Campaign %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Campagne %1 supprimée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Save or cancel the campaign&apos;s changes first: changing its status reloads it.</source>
        <translation>Enregistrez ou annulez d’abord les modifications de la campagne : changer son état la recharge.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CheckInPanel</name>
    <message>
        <source>A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped</source>
        <translation>Une note sur l&apos;action (facultative), puis Ctrl+1 faite, Ctrl+2 reportée, Ctrl+3 abandonnée</translation>
    </message>
    <message>
        <source>One line from this partner, in its language; Enter saves</source>
        <translation>Une ligne de ce partenaire, dans sa langue ; Enter l&apos;enregistre</translation>
    </message>
    <message>
        <source>&amp;Open actions of the previous retro:</source>
        <translation>Actions &amp;ouvertes de la rétro précédente :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Local update from &amp;partner:</source>
        <translation>Nouvelles locales du &amp;partenaire :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>Nou&amp;velles :</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>pas encore revue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>reportée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>The previous retro left no open actions.</source>
        <translation>La rétro précédente n&apos;a laissé aucune action ouverte.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ClosePanel</name>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Answers: %1 · themes: %2 · votes: %3 · actions: %4 (carried over: %5) · local updates: %6</source>
        <translation>Réponses : %1 · thèmes : %2 · votes : %3 · actions : %4 (reportées : %5) · nouvelles locales : %6</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publiée.</translation>
    </message>
    <message>
        <source>Publish this retro&apos;s bilingual record? Its answers, votes and actions become final; translations can still be added.</source>
        <translation>Publier le compte rendu bilingue de cette rétro ? Ses réponses, votes et actions deviennent définitifs ; des traductions peuvent encore être ajoutées.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are not yet in both languages of the pair.</source>
        <translation>
            <numerusform>%n texte n&apos;est pas encore dans les deux langues de la paire.</numerusform>
            <numerusform>%n textes ne sont pas encore dans les deux langues de la paire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publier la rétro</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentDialog</name>
    <message>
        <source>Approve the funds</source>
        <translation>Approuver les fonds</translation>
    </message>
    <message>
        <source>Withdraw an approval</source>
        <translation>Retirer une approbation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Par qui</translation>
    </message>
    <message>
        <source>the person who speaks for that side</source>
        <translation>la personne qui parle pour cette partie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Pa&amp;r :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>Re&amp;tirer l&apos;approbation</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentPanel</name>
    <message>
        <source>Consent state</source>
        <translation>État du consentement</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique du consentement</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Record one side&apos;s approval of these funds</source>
        <translation>Enregistrer l&apos;approbation de ces fonds par une partie</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>Re&amp;tirer l&apos;approbation…</translation>
    </message>
    <message>
        <source>Record that one side takes its approval back (kept in the history)</source>
        <translation>Enregistrer qu&apos;une partie retire son approbation (conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>approuve</translation>
    </message>
    <message>
        <source>withdraws</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>Disbursed: both sides approve.</source>
        <translation>Versés : les deux parties approuvent.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 took its approval back; proposed until both sides approve.</source>
        <translation>Retirée : %1 a retiré son approbation ; proposés jusqu&apos;à ce que les deux parties approuvent.</translation>
    </message>
    <message>
        <source>Approved by %1; awaiting %2.</source>
        <translation>Approuvés par %1 ; en attente de %2.</translation>
    </message>
    <message>
        <source>Proposed: no side approves yet.</source>
        <translation>Proposés : aucune partie n&apos;approuve encore.</translation>
    </message>
    <message>
        <source>(A reversal takes the consent of entry %1.)</source>
        <translation>(Une contre-passation prend le consentement de l&apos;écriture %1.)</translation>
    </message>
    <message>
        <source>A reversal takes its original&apos;s consent: approve or withdraw on entry %1.</source>
        <translation>Une contre-passation prend le consentement de son original : approuvez ou retirez sur l&apos;écriture %1.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoverEditor</name>
    <message>
        <source>Kind of crossover</source>
        <translation>Type de croisement</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Naissance chez</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Renaissance chez</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Date de renaissance</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Born &amp;with:</source>
        <translation>Naissance &amp;chez :</translation>
    </message>
    <message>
        <source>&amp;Reborn with:</source>
        <translation>&amp;Renaissance chez :</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <source>Reborn &amp;on:</source>
        <translation>Date de r&amp;enaissance :</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpagnes :</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>Tel qu’écrit :</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore écrit</translation>
    </message>
    <message>
        <source>New narrative crossover</source>
        <translation>Nouveau croisement narratif</translation>
    </message>
    <message>
        <source>A phrase, metaphor, slogan or strategy born in one partner&apos;s language and reborn in another&apos;s. Write it as born in the language of the partner it was born with, and as reborn in the language of the partner who adopted it.</source>
        <translation>Une expression, une métaphore, un slogan ou une stratégie née dans la langue d’un partenaire et qui renaît dans celle d’un autre. Écrivez-la telle qu’elle est née, dans la langue du partenaire chez qui elle est née, et telle qu’elle renaît, dans la langue du partenaire qui l’a adoptée.</translation>
    </message>
    <message>
        <source>Write it as born in the language of %1 (%2), not in %3</source>
        <translation>Écrivez-la telle qu’elle est née, dans la langue de %1 (%2), pas en %3</translation>
    </message>
    <message>
        <source>Write it as reborn in the language of %1 (%2), not in %3</source>
        <translation>Écrivez-la telle qu’elle renaît, dans la langue de %1 (%2), pas en %3</translation>
    </message>
    <message>
        <source>Choose the partner it was born with and the partner who adopted it</source>
        <translation>Choisissez le partenaire chez qui elle est née et celui qui l’a adoptée</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another: choose two partners</source>
        <translation>Un croisement va d’un partenaire à un autre : choisissez deux partenaires</translation>
    </message>
    <message>
        <source>Add narrative crossover</source>
        <translation>Ajouter un croisement narratif</translation>
    </message>
    <message>
        <source>Edit narrative crossover</source>
        <translation>Modifier le croisement narratif</translation>
    </message>
    <message>
        <source>Delete narrative crossover</source>
        <translation>Supprimer le croisement narratif</translation>
    </message>
    <message>
        <source>Narrative crossover deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Croisement narratif supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoversDialog</name>
    <message>
        <source>Narrative crossovers</source>
        <translation>Passages de récits</translation>
    </message>
    <message>
        <source>Phrases, metaphors, slogans and strategies born in one partner&apos;s language and reborn in another&apos;s: the proof of internalization, pair by pair.</source>
        <translation>Phrases, métaphores, slogans et stratégies nés dans la langue d’un partenaire et renés dans celle d’un autre : la preuve de l’appropriation, paire par paire.</translation>
    </message>
    <message>
        <source>Pairs of partners</source>
        <translation>Paires de partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Crossovers</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>The pair&apos;s crossovers over time</source>
        <translation>Les passages de la paire au fil du temps</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Repris le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>À la naissance</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>Repris</translation>
    </message>
    <message>
        <source>%1 (%2 → %3, %4 → %5)</source>
        <translation>%1 (%2 → %3, %4 → %5)</translation>
    </message>
    <message>
        <source>No crossover is recorded yet.</source>
        <translation>Aucun passage n’est encore enregistré.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CustodianTermEditor</name>
    <message>
        <source>The partner who takes the archive over</source>
        <translation>Le partenaire qui reprend l’archive</translation>
    </message>
    <message>
        <source>Day of the hand-over</source>
        <translation>Jour de la passation</translation>
    </message>
    <message>
        <source>The custodians&apos; rotation it belongs to</source>
        <translation>La rotation des dépositaires dont elle fait partie</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>Prochain tour :</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Dépositaire :</translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation>&amp;Transmise le :</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>R&amp;otation :</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Accomp&amp;lit :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>No one takes turns yet: name the partners of a custodians&apos; rotation ritual, or record a first hand-over.</source>
        <translation>Personne ne se relaie encore : indiquez les partenaires d’un rituel de rotation des dépositaires, ou enregistrez une première passation.</translation>
    </message>
    <message>
        <source>%1, at the rotation on %2</source>
        <translation>%1, à la rotation du %2</translation>
    </message>
    <message>
        <source>%1 (no rotation ritual gives the day)</source>
        <translation>%1 (aucun rituel de rotation n’en fixe le jour)</translation>
    </message>
    <message>
        <source>They held it last too: the rotation has no one else to hand it to.</source>
        <translation>Ce partenaire en était déjà dépositaire la dernière fois : la rotation n’a personne d’autre à qui la transmettre.</translation>
    </message>
    <message>
        <source>New hand-over of the archive</source>
        <translation>Nouvelle passation de l’archive</translation>
    </message>
    <message>
        <source>%1 took the archive over on %2</source>
        <translation>%1 a repris l’archive le %2</translation>
    </message>
    <message>
        <source>“Rotate stewardship of these commons. Assign alternating custodians every cycle to prevent gatekeeping.” Record each hand-over on its day, with what was handed over.</source>
        <translation>« Faire tourner la garde de ces communs. Désigner des dépositaires en alternance à chaque cycle pour empêcher toute confiscation de l’accès. » Enregistrez chaque passation à sa date, avec ce qui a été transmis.</translation>
    </message>
    <message>
        <source>The same custodian twice in a row</source>
        <translation>Le même dépositaire deux fois de suite</translation>
    </message>
    <message>
        <source>%1 would hold the archive twice in a row: they also took it over on %2. Rotation keeps the archive from becoming one partner&apos;s gate. Record this hand-over anyway?</source>
        <translation>%1 garderait l’archive deux fois de suite : la passation du %2 la lui a déjà confiée. La rotation empêche l’archive de devenir la chasse gardée d’un seul partenaire. Enregistrer cette passation quand même ?</translation>
    </message>
    <message>
        <source>Not saved: choose another custodian, or save again and confirm.</source>
        <translation>Non enregistré : choisissez un autre dépositaire, ou enregistrez de nouveau et confirmez.</translation>
    </message>
    <message>
        <source>Add hand-over</source>
        <translation>Ajouter une passation</translation>
    </message>
    <message>
        <source>Edit hand-over</source>
        <translation>Modifier la passation</translation>
    </message>
    <message>
        <source>Delete hand-over</source>
        <translation>Supprimer la passation</translation>
    </message>
    <message>
        <source>Hand-over deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Passation supprimée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DateField</name>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choisir la date dans un calendrier (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1</source>
        <translation>Saisissez une date, p. ex. %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2</source>
        <translation>« %1 » n&apos;est pas une date : saisissez-la sous la forme %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or %3</source>
        <translation>« %1 » n&apos;est pas une date : saisissez-la sous la forme %2 ou %3</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DiscussPanel</name>
    <message>
        <source>A note on this item; Enter saves it</source>
        <translation>Une note sur ce point ; Enter l&apos;enregistre</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %n vote</numerusform>
            <numerusform>%1 — %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::EnvoyJourneyEditor</name>
    <message>
        <source>The envoy who travels</source>
        <translation>L’envoyée qui voyage</translation>
    </message>
    <message>
        <source>The partner the envoy leaves from</source>
        <translation>Le partenaire d’où part l’envoyée</translation>
    </message>
    <message>
        <source>The partner the envoy travels to</source>
        <translation>Le partenaire chez qui se rend l’envoyée</translation>
    </message>
    <message>
        <source>First day of the journey</source>
        <translation>Premier jour du voyage</translation>
    </message>
    <message>
        <source>Last day of the journey</source>
        <translation>Dernier jour du voyage</translation>
    </message>
    <message>
        <source>Ledger entries that hosted or funded the journey</source>
        <translation>Écritures qui ont hébergé ou financé le voyage</translation>
    </message>
    <message>
        <source>Narrative crossovers the journey carried</source>
        <translation>Croisements narratifs portés par le voyage</translation>
    </message>
    <message>
        <source>&amp;Envoy:</source>
        <translation>E&amp;nvoyée :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>&amp;Part le :</translation>
    </message>
    <message>
        <source>&amp;Back on:</source>
        <translation>Retour &amp;le :</translation>
    </message>
    <message>
        <source>Le&amp;dger entries:</source>
        <translation>É&amp;critures :</translation>
    </message>
    <message>
        <source>&amp;Crossovers carried:</source>
        <translation>Cr&amp;oisements portés :</translation>
    </message>
    <message>
        <source>New envoy journey</source>
        <translation>Nouveau voyage d’envoyée</translation>
    </message>
    <message>
        <source>⁨%1⁩ from %2 to %3</source>
        <translation>⁨%1⁩ du %2 au %3</translation>
    </message>
    <message>
        <source>“What questions will they carry, what voices will they amplify, and how will the wisdom they gather return home?” Write the questions before the envoy leaves, weigh the risks (carbon, visas, surveillance), and what returned once they are back.</source>
        <translation>« Quelles questions porteront-ils, quelles voix amplifieront-ils, et comment la sagesse qu’ils recueilleront reviendra-t-elle chez eux ? » Écrivez les questions avant le départ de l’envoyée, pesez les risques (carbone, visas, surveillance), et, à son retour, ce qui est revenu.</translation>
    </message>
    <message>
        <source>The journey ends (%1) before it begins (%2)</source>
        <translation>Le voyage se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>Add envoy journey</source>
        <translation>Ajouter un voyage d’envoyée</translation>
    </message>
    <message>
        <source>Edit envoy journey</source>
        <translation>Modifier le voyage d’envoyée</translation>
    </message>
    <message>
        <source>Delete envoy journey</source>
        <translation>Supprimer le voyage d’envoyée</translation>
    </message>
    <message>
        <source>Envoy journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Voyage d’envoyée supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Fulf&amp;ils:</source>
        <translation>Accompl&amp;it :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ExchangeEditor</name>
    <message>
        <source>Kind of exchange</source>
        <translation>Type d’échange</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Te&amp;nu le :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Ét&amp;at :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpagnes :</translation>
    </message>
    <message>
        <source>New cultural exchange</source>
        <translation>Nouvel échange culturel</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>An art trade, a study session, a storytelling night: an exchange between at least two partners. Pair it with a campaign here; a campaign becomes active only with one planned.</source>
        <translation>Un échange d’œuvres, une séance d’étude, une soirée de contes : un échange entre au moins deux partenaires. Associez-le ici à une campagne ; une campagne ne devient active que si un échange est prévu avec elle.</translation>
    </message>
    <message>
        <source>Add cultural exchange</source>
        <translation>Ajouter un échange culturel</translation>
    </message>
    <message>
        <source>Edit cultural exchange</source>
        <translation>Modifier l’échange culturel</translation>
    </message>
    <message>
        <source>Delete cultural exchange</source>
        <translation>Supprimer l’échange culturel</translation>
    </message>
    <message>
        <source>Cultural exchange deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Échange culturel supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Accomp&amp;lit :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FacilitationWindow</name>
    <message>
        <source>Run retro</source>
        <translation>Animer la rétro</translation>
    </message>
    <message>
        <source>This retro is published: it can no longer be run, only translated.</source>
        <translation>Cette rétro est publiée : elle ne peut plus être animée, seulement traduite.</translation>
    </message>
    <message>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+Page Down / Ctrl+Page Up</translation>
    </message>
    <message>
        <source>next phase / previous phase</source>
        <translation>phase suivante / phase précédente</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>one more minute</source>
        <translation>une minute de plus</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>show or hide the room&apos;s view</source>
        <translation>afficher ou masquer la vue de la salle</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>annuler / rétablir</translation>
    </message>
    <message>
        <source>Tab, arrows</source>
        <translation>Tab, flèches</translation>
    </message>
    <message>
        <source>next field, next answer</source>
        <translation>champ suivant, réponse suivante</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>check-in: done, carried over, dropped</source>
        <translation>tour de table : faite, reportée, abandonnée</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3, Enter</source>
        <translation>Alt+1, Alt+2, Alt+3, Enter</translation>
    </message>
    <message>
        <source>write: choose the question, save the answer</source>
        <translation>rédaction : choisir la question, enregistrer la réponse</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>reveal: translate this answer</source>
        <translation>dévoilement : traduire cette réponse</translation>
    </message>
    <message>
        <source>Ctrl+G / Ctrl+Shift+G</source>
        <translation>Ctrl+G / Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>group: make a theme of the selected answers / take them out</source>
        <translation>regroupement : faire un thème des réponses sélectionnées / les en retirer</translation>
    </message>
    <message>
        <source>+ / −, Ctrl+Enter</source>
        <translation>+ / −, Ctrl+Enter</translation>
    </message>
    <message>
        <source>vote: give or take back a vote, close or reopen the vote</source>
        <translation>vote : donner ou reprendre un vote, clore ou rouvrir le vote</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>discuss: save the item&apos;s note</source>
        <translation>discussion : enregistrer la note du point</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>actions: add the action</source>
        <translation>actions : ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>close: publish</source>
        <translation>clôture : publier</translation>
    </message>
    <message>
        <source>F1, Esc</source>
        <translation>F1, Esc</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>cette aide</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>leave facilitation (everything is already saved)</source>
        <translation>quitter l&apos;animation (tout est déjà enregistré)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Retro — the room&apos;s view</source>
        <translation>Rétro — vue de la salle</translation>
    </message>
    <message>
        <source>%1 retro · %2</source>
        <translation>Rétro %1 · %2</translation>
    </message>
    <message>
        <source>anonymous answers welcome</source>
        <translation>réponses anonymes bienvenues</translation>
    </message>
    <message>
        <source>named answers only</source>
        <translation>réponses signées uniquement</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>le temps est écoulé</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>compare this quarter with the three before it</source>
        <translation>comparer ce trimestre aux trois précédents</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the retro report, at any phase</source>
        <translation>exporter le rapport de rétro, à n&apos;importe quelle phase</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>check-in: begin or end a moment of silence (one minute, its own timer)</source>
        <translation>tour de table : commencer ou terminer un moment de silence (une minute, avec son propre minuteur)</translation>
    </message>
    <message>
        <source>a moment of silence</source>
        <translation>un moment de silence</translation>
    </message>
    <message>
        <source>A moment of silence</source>
        <translation>Un moment de silence</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FieldEdit</name>
    <message>
        <source>Translate this</source>
        <translation>Traduire ceci</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Pas encore écrit</translation>
    </message>
    <message>
        <source>Missing in %1 — translate this</source>
        <translation>Manquant en %1 — à traduire</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Translation status of %1 in %2</source>
        <translation>État de la traduction de %1 en %2</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — manquant</translation>
    </message>
    <message>
        <source>Apertium did not know these words: %1</source>
        <translation>Apertium ne connaissait pas ces mots : %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FireDrillEditor</name>
    <message>
        <source>Kind of drill</source>
        <translation>Type d’exercice</translation>
    </message>
    <message>
        <source>First day of the drill</source>
        <translation>Premier jour de l’exercice</translation>
    </message>
    <message>
        <source>Last day of the drill</source>
        <translation>Dernier jour de l’exercice</translation>
    </message>
    <message>
        <source>Partners in the drill</source>
        <translation>Partenaires de l’exercice</translation>
    </message>
    <message>
        <source>Protocols the drill tested</source>
        <translation>Protocoles mis à l’épreuve par l’exercice</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>Pro&amp;tocols tested:</source>
        <translation>Pr&amp;otocoles testés :</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Accomp&amp;lit :</translation>
    </message>
    <message>
        <source>New fire drill</source>
        <translation>Nouvel exercice de crise</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 du %2 au %3</translation>
    </message>
    <message>
        <source>“Suspend communication for a week to see if local nodes can sustain contact through alternative means. Swap representative roles to expose dependency on individual personalities.” Record a drill once it has been run: at least two partners, and what held or what broke.</source>
        <translation>« Suspendre la communication pendant une semaine pour voir si les nœuds locaux peuvent maintenir le contact par d’autres moyens. Échanger les rôles de représentation pour révéler la dépendance à des personnalités individuelles. » Enregistrez un exercice une fois qu’il a eu lieu : au moins deux partenaires, et ce qui a tenu ou ce qui a cédé.</translation>
    </message>
    <message>
        <source>The drill ends (%1) before it begins (%2)</source>
        <translation>L’exercice se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>Add fire drill</source>
        <translation>Ajouter un exercice de crise</translation>
    </message>
    <message>
        <source>Edit fire drill</source>
        <translation>Modifier l’exercice de crise</translation>
    </message>
    <message>
        <source>Fire drill recorded.</source>
        <translation>Exercice de crise enregistré.</translation>
    </message>
    <message>
        <source>Delete fire drill</source>
        <translation>Supprimer l’exercice de crise</translation>
    </message>
    <message>
        <source>Fire drill deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Exercice de crise supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FulfilmentPicker</name>
    <message>
        <source>⁨%1⁩ on %2</source>
        <translation>⁨%1⁩ le %2</translation>
    </message>
    <message>
        <source>The ritual occurrence this record fulfils</source>
        <translation>L’occurrence du rituel que cette fiche accomplit</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Saved, but not linked to the ritual: %1</source>
        <translation>Enregistré, mais non lié au rituel : %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::GroupPanel</name>
    <message>
        <source>Tags, separated by commas; Ctrl+G groups the selected answers with them</source>
        <translation>Étiquettes, séparées par des virgules ; Ctrl+G regroupe avec elles les réponses sélectionnées</translation>
    </message>
    <message>
        <source>Theme %1 (%2): %3</source>
        <translation>Thème %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Move answers</source>
        <translation>Déplacer des réponses</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportFilePage</name>
    <message>
        <source>UTF-16 little-endian, with a byte-order mark</source>
        <translation>UTF-16 little-endian, avec indicateur d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>UTF-16 little-endian, without a byte-order mark</source>
        <translation>UTF-16 little-endian, sans indicateur d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, with a byte-order mark</source>
        <translation>UTF-16 big-endian, avec indicateur d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, without a byte-order mark</source>
        <translation>UTF-16 big-endian, sans indicateur d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>UTF-8, with a byte-order mark</source>
        <translation>UTF-8, avec indicateur d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>UTF-8, without a byte-order mark</source>
        <translation>UTF-8, sans indicateur d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>The character %1</source>
        <translation>Le caractère %1</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisissez le fichier</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet: any delimiter, UTF-8 or UTF-16. Nothing is imported before the last step.</source>
        <translation>Un fichier CSV issu d&apos;un tableur : tout délimiteur, UTF-8 ou UTF-16. Rien n&apos;est importé avant la dernière étape.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Rechercher le fichier CSV</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Délimiteur</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Séparateur décimal</translation>
    </message>
    <message>
        <source>1,234.50 — decimal point, comma between thousands</source>
        <translation>1,234.50 — point décimal, virgule entre les milliers</translation>
    </message>
    <message>
        <source>1.234,50 — decimal comma, point between thousands</source>
        <translation>1.234,50 — virgule décimale, point entre les milliers</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>ISO only: %1</source>
        <translation>ISO seulement : %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2), or ISO</source>
        <translation>%1 (p. ex. %2), ou ISO</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <translation>Délimiteur détecté :</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Première ligne :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur :</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>&amp;Séparateur décimal :</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes :</translation>
    </message>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Importer le registre de réciprocité depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>%1 (chosen below)</source>
        <translation>%1 (choisi ci-dessous)</translation>
    </message>
    <message>
        <source>names the fields (date, from, to, kind, …): the columns map themselves</source>
        <translation>nomme les champs (date, from, to, kind, …) : les colonnes s&apos;associent d&apos;elles-mêmes</translation>
    </message>
    <message>
        <source>is a header that does not name every required field: choose the columns on the next page</source>
        <translation>est un en-tête qui ne nomme pas tous les champs obligatoires : choisissez les colonnes à la page suivante</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From (giving partner)</source>
        <translation>De (partenaire qui donne)</translation>
    </message>
    <message>
        <source>To (receiving partner)</source>
        <translation>À (partenaire qui reçoit)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>Langue du récit</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the column that holds each field; fields marked * are required. The preview shows the first %1 rows as they would be imported.</source>
        <translation>Choisissez la colonne qui contient chaque champ ; les champs marqués * sont obligatoires. L&apos;aperçu montre les %1 premières lignes telles qu&apos;elles seraient importées.</translation>
    </message>
    <message>
        <source>Column for %1 (required)</source>
        <translation>Colonne pour %1 (obligatoire)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Colonne pour %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.</source>
        <translation>%L1 premières lignes : %L2 correctes, %L3 rejetées, %L4 déjà importées.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them dated inside an agreed pause: the import asks about them first.</source>
        <translation>
            <numerusform>%Ln d’entre elles datée pendant une pause convenue : l’importation demande d’abord quoi en faire.</numerusform>
            <numerusform>%Ln d’entre elles datées pendant une pause convenue : l’importation demande d’abord quoi en faire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Names in the file that match no partner, in any script or spelling. No partner is created unless you confirm it here.</source>
        <translation>Noms du fichier qui ne correspondent à aucun partenaire, dans aucune écriture ni graphie. Aucun partenaire n&apos;est créé sans votre confirmation ici.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Names that match no partner</source>
        <translation>Noms qui ne correspondent à aucun partenaire</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>Import its rows as</source>
        <translation>Importer ses lignes comme</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>Every partner named in the file (%L1 rows) matches a partner.</source>
        <translation>Chaque partenaire nommé dans le fichier (%L1 lignes) correspond à un partenaire.</translation>
    </message>
    <message>
        <source>%L1 names match no partner. Rows that name one are rejected unless you choose a partner for it or confirm a new one.</source>
        <translation>%L1 noms ne correspondent à aucun partenaire. Les lignes qui en nomment un sont rejetées, sauf si vous lui choisissez un partenaire ou en confirmez un nouveau.</translation>
    </message>
    <message>
        <source>Import the rows of %1 as</source>
        <translation>Importer les lignes de %1 comme</translation>
    </message>
    <message>
        <source>Leave its rows out (they are rejected)</source>
        <translation>Laisser ses lignes de côté (elles sont rejetées)</translation>
    </message>
    <message>
        <source>A new partner named “%1” (confirm)</source>
        <translation>Un nouveau partenaire nommé « %1 » (confirmer)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPreviewModel</name>
    <message>
        <source>ok</source>
        <translation>correcte</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>ok, inside an agreed pause</source>
        <translation>ok, pendant une pause convenue</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>The whole file is imported in one step: stopping leaves the ledger exactly as it was.</source>
        <translation>Tout le fichier est importé en une seule étape : l&apos;arrêter laisse le registre de réciprocité exactement tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Arrêter l&apos;importation</translation>
    </message>
    <message>
        <source>Stop the import and save nothing</source>
        <translation>Arrêter l&apos;importation sans rien enregistrer</translation>
    </message>
    <message>
        <source>Importing… %L1 of %L2 rows read.</source>
        <translation>Importation… %L1 lignes lues sur %L2.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the ledger is as it was.</source>
        <translation>L&apos;importation a été arrêtée. Rien n&apos;a été enregistré : le registre de réciprocité est tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>L&apos;importation a échoué et rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln de plus</numerusform>
            <numerusform>%1 et %Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 rest from %3 to %4 (lines %5).</source>
        <translation>%1 et %2 se reposent du %3 au %4 (lignes %5).</translation>
    </message>
    <message>
        <source>Lines %1.</source>
        <translation>Lignes %1.</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Pendant une pause convenue</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of this file are dated inside a pause their partners agreed. A pause is rest, not abandonment: record them anyway, or leave them out of this import?</source>
        <translation>
            <numerusform>%Ln ligne de ce fichier est datée pendant une pause convenue par ses partenaires. Une pause est un repos, pas un abandon : l’enregistrer quand même, ou la laisser hors de cette importation ?</numerusform>
            <numerusform>%Ln lignes de ce fichier sont datées pendant une pause convenue par leurs partenaires. Une pause est un repos, pas un abandon : les enregistrer quand même, ou les laisser hors de cette importation ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record them</source>
        <translation>&amp;Les enregistrer</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>Les laisser &amp;hors</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are dated inside an agreed pause.</source>
        <translation>
            <numerusform>%Ln ligne est datée pendant une pause convenue.</numerusform>
            <numerusform>%Ln lignes sont datées pendant une pause convenue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %Ln row(s) are dated inside an agreed pause. Import the file again to record them or leave them out.</source>
        <translation>
            <numerusform>Rien n’a été enregistré : %Ln ligne est datée pendant une pause convenue. Importez le fichier à nouveau pour l’enregistrer ou la laisser hors.</numerusform>
            <numerusform>Rien n’a été enregistré : %Ln lignes sont datées pendant une pause convenue. Importez le fichier à nouveau pour les enregistrer ou les laisser hors.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>The import is saved. Every row of the file is counted once below.</source>
        <translation>L&apos;importation est enregistrée. Chaque ligne du fichier est comptée une fois ci-dessous.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lignes lues :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importées :</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées :</translation>
    </message>
    <message>
        <source>Duplicates skipped (imported before):</source>
        <translation>Doublons ignorés (importés auparavant) :</translation>
    </message>
    <message>
        <source>Partners created:</source>
        <translation>Partenaires créés :</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Save the rejected rows to a CSV file</source>
        <translation>Enregistrer les lignes rejetées dans un fichier CSV</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.</source>
        <translation>%L1 importées + %L2 rejetées + %L3 doublons = %L4 lignes lues.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>Each rejected row can be saved with its line number, the reason and its original text, to correct and import again.</source>
        <translation>Chaque ligne rejetée peut être enregistrée avec son numéro de ligne, la raison et son texte d&apos;origine, pour la corriger et l&apos;importer à nouveau.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejetées</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>Impossible d&apos;enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>The rejected rows were saved as %1.</source>
        <translation>Les lignes rejetées ont été enregistrées sous %1.</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates + %L4 left out = %L5 rows read.</source>
        <translation>%L1 importées + %L2 rejetées + %L3 doublons + %L4 laissées hors = %L5 lignes lues.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were left out, as you chose.</source>
        <translation>
            <numerusform>La %Ln ligne datée pendant une pause convenue a été laissée hors, comme vous l’avez choisi.</numerusform>
            <numerusform>Les %Ln lignes datées pendant une pause convenue ont été laissées hors, comme vous l’avez choisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were recorded, as you chose.</source>
        <translation>
            <numerusform>La %Ln ligne datée pendant une pause convenue a été enregistrée, comme vous l’avez choisi.</numerusform>
            <numerusform>Les %Ln lignes datées pendant une pause convenue ont été enregistrées, comme vous l’avez choisi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportWizard</name>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Importer le registre de réciprocité depuis un CSV</translation>
    </message>
</context>
<context>
    <name>trellis::gui::IncidentEditor</name>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Protocol used</source>
        <translation>Protocole utilisé</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>&amp;Survenu le :</translation>
    </message>
    <message>
        <source>&amp;Protocol used:</source>
        <translation>&amp;Protocole utilisé :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocole %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Incident recorded.</source>
        <translation>Incident enregistré.</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Modifier l&apos;incident</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Ajouter un incident</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Supprimer l&apos;incident</translation>
    </message>
    <message>
        <source>Incident deleted; Undo brings it back.</source>
        <translation>Incident supprimé ; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerEntryEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>Partenaire qui donne</translation>
    </message>
    <message>
        <source>To partner</source>
        <translation>Partenaire qui reçoit</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Type de contribution</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>exact, e.g. %1</source>
        <translation>exacte, p. ex. %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>&amp;Post when saved (final: corrected only by a reversing entry)</source>
        <translation>&amp;Valider à l&apos;enregistrement (définitif : corrigé seulement par une contre-passation)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>D&amp;e :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>posted ✓</source>
        <translation>validée ✓</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>reverses entry %1</source>
        <translation>contre-passe l&apos;écriture %1</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>Nouvelle écriture</translation>
    </message>
    <message>
        <source>Ledger entry %1</source>
        <translation>Écriture %1</translation>
    </message>
    <message>
        <source>Type the quantity, or choose “%1” for a narrative-only entry</source>
        <translation>Saisissez la quantité, ou choisissez « %1 » pour une écriture seulement narrative</translation>
    </message>
    <message>
        <source>Choose the unit of the quantity</source>
        <translation>Choisissez l&apos;unité de la quantité</translation>
    </message>
    <message>
        <source>Entry %1 posted. Posted entries are final: use Correct… to reverse one.</source>
        <translation>Écriture %1 validée. Les écritures validées sont définitives : utilisez Corriger… pour en contre-passer une.</translation>
    </message>
    <message>
        <source>Record ledger entry</source>
        <translation>Enregistrer une écriture</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>Modifier l&apos;écriture</translation>
    </message>
    <message>
        <source>Delete draft entry</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Only a posted entry that is not itself a reversal can be corrected.</source>
        <translation>Seule une écriture validée qui n&apos;est pas elle-même une contre-passation peut être corrigée.</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Corriger cette écriture</translation>
    </message>
    <message>
        <source>Trellis will post a reversing entry that cancels entry %1, then open a new entry with its values for you to correct. Continue?</source>
        <translation>Trellis va valider une contre-passation qui annule l&apos;écriture %1, puis ouvrir une nouvelle écriture avec ses valeurs à corriger. Continuer ?</translation>
    </message>
    <message>
        <source>Entry %1 was reversed by entry %2. Correct the values below and save the new entry.</source>
        <translation>L&apos;écriture %1 a été contre-passée par l&apos;écriture %2. Corrigez les valeurs ci-dessous et enregistrez la nouvelle écriture.</translation>
    </message>
    <message>
        <source>reversed by entry %1</source>
        <translation>contre-passée par l&apos;écriture %1</translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2: an entry is reversed only once.</source>
        <translation>L&apos;écriture %1 a déjà été contre-passée par l&apos;écriture %2 : une écriture n&apos;est contre-passée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Translate ledger entry</source>
        <translation>Traduire l’écriture du registre</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Pendant une pause convenue</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not abandonment. Record this entry dated %6 anyway?</source>
        <translation>%1 et %2 ont convenu d’une pause du %3 au %4 : « %5 ». Une pause est un repos, pas un abandon. Enregistrer quand même cette écriture datée du %6 ?</translation>
    </message>
    <message>
        <source>Not saved: the entry is dated inside the partners&apos; agreed pause. Change its day, or save again and confirm.</source>
        <translation>Non enregistrée : l’écriture tombe pendant la pause convenue entre les partenaires. Changez sa date, ou enregistrez à nouveau et confirmez.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerFilterBar</name>
    <message>
        <source>Any partner</source>
        <translation>Tout partenaire</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filtrer par partenaire</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filtrer par unité</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Toute unité</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>depuis n&apos;importe quand</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>jusqu&apos;à n&apos;importe quand</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>Brouillons et validées</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Validées</translation>
    </message>
    <message>
        <source>With any partner</source>
        <translation>Avec tout partenaire</translation>
    </message>
    <message>
        <source>Filter by the other partner</source>
        <translation>Filtrer par l&apos;autre partenaire</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerListModel</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Manquant en %1 ; affiché dans sa langue d&apos;origine (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>S&amp;wap language pair</source>
        <translation>&amp;Inverser la paire de langues</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Fiches</translation>
    </message>
    <message>
        <source>Re&amp;tro</source>
        <translation>Ré&amp;tro</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>&amp;À propos de Trellis</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Paire :</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>Première langue de la paire</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Deuxième langue de la paire</translation>
    </message>
    <message>
        <source>Swap the language pair (Ctrl+L)</source>
        <translation>Inverser la paire de langues (Ctrl+L)</translation>
    </message>
    <message>
        <source>Swap the language pair</source>
        <translation>Inverser la paire de langues</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>The last session ended with unsaved changes in %1. Recover them?</source>
        <translation>La dernière session s’est terminée avec des modifications non enregistrées dans %1. Les récupérer ?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in all records…</source>
        <translation>&amp;Rechercher dans toutes les fiches…</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>&amp;Modifier la fiche</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>New record in the current section (Ctrl+N)</source>
        <translation>Nouvelle fiche dans la section courante (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;New retro</source>
        <translation>&amp;Nouvelle rétro</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>&amp;Vérifier l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;demo alliance</source>
        <translation>Ouvrir l&apos;alliance de &amp;démonstration</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Workspace &amp;properties…</source>
        <translation>&amp;Propriétés de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;éférences…</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)</source>
        <translation>Rechercher dans toutes les fiches (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>Rechercher dans toutes les fiches</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis)</source>
        <translation>Espaces de travail Trellis (*.trellis)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Impossible de créer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis);;All files (*)</source>
        <translation>Espaces de travail Trellis (*.trellis);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot write the demo alliance</source>
        <translation>Impossible d&apos;écrire l&apos;alliance de démonstration</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d&apos;enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Une copie a été enregistrée sous %1</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Vérification de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an unbroken chain.</source>
        <translation>L&apos;espace de travail est sain : %1 partenaires, %2 écritures, dont %3 validées dans une chaîne intacte.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Import ledger from CSV…</source>
        <translation>&amp;Importer le registre de réciprocité depuis un CSV…</translation>
    </message>
    <message>
        <source>The ledger import has finished.</source>
        <translation>L&apos;importation dans le registre de réciprocité est terminée.</translation>
    </message>
    <message>
        <source>%1 is open in another Trellis window, which was brought forward.</source>
        <translation>%1 est ouvert dans une autre fenêtre Trellis, qui a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Reverse this posted entry and record a corrected one (Ctrl+Shift+C)</source>
        <translation>Contre-passer cette écriture validée et en enregistrer une version corrigée (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative &amp;crossovers…</source>
        <translation>Passages de &amp;récits…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>E&amp;xporter le calendrier…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PairFlowChart</name>
    <message>
        <source>Flows of the pair over time</source>
        <translation>Flux de la paire dans le temps</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Choisissez une cellule de la matrice pour voir les flux de la paire dans le temps.</translation>
    </message>
    <message>
        <source>No flows in %1 between these partners in this period.</source>
        <translation>Aucun flux en %1 entre ces partenaires dans cette période.</translation>
    </message>
    <message>
        <source>⁨%1⁩ → ⁨%2⁩</source>
        <translation>⁨%1⁩ → ⁨%2⁩</translation>
    </message>
    <message>
        <source>Flows per month, in %1</source>
        <translation>Flux par mois, en %1</translation>
    </message>
    <message>
        <source>Flows per quarter, in %1</source>
        <translation>Flux par trimestre, en %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerEditor</name>
    <message>
        <source>Kind of partner</source>
        <translation>Type de partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>two letters, e.g. LK</source>
        <translation>deux lettres, p. ex. LK</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>language tags, e.g. fa, en</source>
        <translation>étiquettes de langue, p. ex. fa, en</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Paramètres régionaux</translation>
    </message>
    <message>
        <source>e.g. fa-IR-u-ca-persian</source>
        <translation>p. ex. fa-IR-u-ca-persian</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>e.g. Asia/Tehran</source>
        <translation>p. ex. Asia/Tehran</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nom en lettres latines</translation>
    </message>
    <message>
        <source>derived from the name when left empty</source>
        <translation>dérivé du nom si laissé vide</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>Paramètres &amp;régionaux :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Latin &amp;name:</source>
        <translation>&amp;Nom latin :</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>This name contains characters that can deceive (hidden direction marks, mixed scripts or look-alike letters). Check it before sharing.</source>
        <translation>Ce nom contient des caractères trompeurs (marques de direction cachées, écritures mélangées ou lettres sosies). Vérifiez-le avant de le partager.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Modifier le partenaire</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Supprimer le partenaire</translation>
    </message>
    <message>
        <source>Partner %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Partenaire %1 supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Our goals, as ⁨%1⁩ paraphrased them</source>
        <translation>Nos objectifs, reformulés par ⁨%1⁩</translation>
    </message>
    <message>
        <source>Translate paraphrase</source>
        <translation>Traduire la reformulation</translation>
    </message>
    <message>
        <source>Narrative crossovers with other partners, both ways: %1 (%2)</source>
        <translation>Passages de récits avec d’autres partenaires, dans les deux sens : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerListModel</name>
    <message>
        <source>No name in %1 yet; shown in its original language (%2)</source>
        <translation>Pas encore de nom en %1 ; affiché dans sa langue d&apos;origine (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Aucun pays</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PauseEditor</name>
    <message>
        <source>One partner</source>
        <translation>Un partenaire</translation>
    </message>
    <message>
        <source>The other partner</source>
        <translation>L’autre partenaire</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>Premier jour de la pause</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>Dernier jour de la pause</translation>
    </message>
    <message>
        <source>Day the first partner agreed</source>
        <translation>Jour où le premier partenaire a consenti</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Day the other partner agreed</source>
        <translation>Jour où l’autre partenaire a consenti</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Entre :</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>E&amp;t :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>First agreed &amp;on:</source>
        <translation>Le premier a co&amp;nsenti le :</translation>
    </message>
    <message>
        <source>Other agreed o&amp;n:</source>
        <translation>L’autre a consenti &amp;le :</translation>
    </message>
    <message>
        <source>New pause</source>
        <translation>Nouvelle pause</translation>
    </message>
    <message>
        <source>Pause from %1 to %2</source>
        <translation>Pause du %1 au %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenue</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <source>“Silence can be strategic if it is mutual and framed as rest rather than abandonment.” Say why the two partners pause; it is agreed once each side&apos;s consent has a day, and a ledger entry between them dated inside it then asks first.</source>
        <translation>« Le silence peut être stratégique s’il est mutuel et pensé comme un repos plutôt qu’un abandon. » Dites pourquoi les deux partenaires font une pause ; elle est convenue dès que le consentement de chaque côté a une date, et une écriture entre eux datée pendant la pause demande alors confirmation.</translation>
    </message>
    <message>
        <source>Proposed: it holds once both sides have agreed.</source>
        <translation>Proposée : elle vaut quand les deux côtés y ont consenti.</translation>
    </message>
    <message>
        <source>Choose the two partners who pause</source>
        <translation>Choisissez les deux partenaires qui font une pause</translation>
    </message>
    <message>
        <source>Add pause</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Edit pause</source>
        <translation>Modifier la pause</translation>
    </message>
    <message>
        <source>Delete pause</source>
        <translation>Supprimer la pause</translation>
    </message>
    <message>
        <source>Pause deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Pause supprimée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>The pause ends (%1) before it begins (%2)</source>
        <translation>La pause se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>Consent to a pause is given before it ends (%1), not on %2</source>
        <translation>Le consentement à une pause se donne avant sa fin (%1), pas le %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l&apos;&amp;interface :</translation>
    </message>
    <message>
        <source>The new language applies when Trellis starts again.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Trellis.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ProtocolEditor</name>
    <message>
        <source>Review due</source>
        <translation>Révision prévue</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Ajouter une é&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Review due:</source>
        <translation>&amp;Révision prévue :</translation>
    </message>
    <message>
        <source>New conflict protocol</source>
        <translation>Nouveau protocole de conflit</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>Protocole enregistré en version 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>Protocole enregistré en version %1 ; les versions antérieures sont conservées.</translation>
    </message>
    <message>
        <source>Partner that agrees</source>
        <translation>Partenaire qui approuve</translation>
    </message>
    <message>
        <source>Agreed by (person)</source>
        <translation>Approuvé par (personne)</translation>
    </message>
    <message>
        <source>who agreed for it</source>
        <translation>qui a approuvé en son nom</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Enregistrer l&apos;a&amp;ccord</translation>
    </message>
    <message>
        <source>&amp;Agreement of:</source>
        <translation>&amp;Accord de :</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version</source>
        <translation>Enregistrez d&apos;abord le protocole : les partenaires approuvent une version enregistrée</translation>
    </message>
    <message>
        <source>Records the agreement to version %1 at once (Undo takes it back)</source>
        <translation>Enregistre immédiatement l&apos;accord sur la version %1 (Annuler le retire)</translation>
    </message>
    <message numerus="yes">
        <source>Agreed by %n partner(s). Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</source>
        <translation>
            <numerusform>Approuvé par %n partenaire. Enregistrer une modification crée la version %1, qui nécessite ses propres accords ; les versions antérieures sont conservées avec les leurs.</numerusform>
            <numerusform>Approuvé par %n partenaires. Enregistrer une modification crée la version %1, qui nécessite ses propres accords ; les versions antérieures sont conservées avec les leurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version.</source>
        <translation>Enregistrez d&apos;abord le protocole : les partenaires approuvent une version enregistrée.</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>Agreement recorded.</source>
        <translation>Accord enregistré.</translation>
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
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>Retros held</source>
        <translation>Rétros tenues</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Réponses à</translation>
    </message>
    <message>
        <source>Votes given</source>
        <translation>Votes exprimés</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>%1 (%2 carried in)</source>
        <translation>%1 (dont %2 reportées)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faites</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>reportées</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnées</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>encore ouvertes</translation>
    </message>
    <message>
        <source>Tags: answers (votes)</source>
        <translation>Étiquettes : réponses (votes)</translation>
    </message>
    <message>
        <source>%1 — came back in %2 quarters</source>
        <translation>%1 — revenue dans %2 trimestres</translation>
    </message>
    <message>
        <source>No retro was held in these quarters.</source>
        <translation>Aucune rétro n&apos;a eu lieu au cours de ces trimestres.</translation>
    </message>
    <message>
        <source>No tag came back in two quarters of this span.</source>
        <translation>Aucune étiquette n&apos;est revenue dans deux trimestres de cette plage.</translation>
    </message>
    <message>
        <source>Came back in two quarters or more: %1</source>
        <translation>Revenues dans deux trimestres ou plus : %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterFacts</name>
    <message>
        <source>The quarter %1 in the ledger</source>
        <translation>Le trimestre %1 dans le registre de réciprocité</translation>
    </message>
    <message>
        <source>%1 gave %2 %3</source>
        <translation>%1 a donné %3 à %2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>a reçu %1 en retour</translation>
    </message>
    <message>
        <source>asymmetry %1</source>
        <translation>asymétrie %1</translation>
    </message>
    <message>
        <source>Persisting: %1 keeps giving more than %2 in %3</source>
        <translation>Asymétrie persistante : %1 continue de donner plus que %2 en %3</translation>
    </message>
    <message>
        <source>Incidents this quarter: %1 · rupture rehearsals: %2</source>
        <translation>Incidents ce trimestre : %1 · répétitions de rupture : %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuorumPanel</name>
    <message>
        <source>Who paraphrases whom</source>
        <translation>Qui reformule qui</translation>
    </message>
    <message>
        <source>Paraphrases</source>
        <translation>Reformule</translation>
    </message>
    <message>
        <source>the goals of</source>
        <translation>les objectifs de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Write paraphrase…</source>
        <translation>&amp;Rédiger la reformulation…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>C&amp;onfirmer…</translation>
    </message>
    <message>
        <source>The paraphrased partner says: yes, that is what we mean</source>
        <translation>Le partenaire dont les objectifs sont reformulés dit : oui, c&apos;est bien ce que nous voulons dire</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <source>The paraphrased partner returns the paraphrase with a note</source>
        <translation>Le partenaire dont les objectifs sont reformulés renvoie la reformulation avec une note</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>pas encore rédigée</translation>
    </message>
    <message>
        <source>The listening quorum is complete: every partner has paraphrased the goals of every other, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>Le quorum d&apos;écoute est atteint : chaque partenaire a reformulé les objectifs de chacun des autres, chaque reformulation est confirmée et un échange culturel est prévu.</translation>
    </message>
    <message>
        <source>The goals of %1, in its words (%2)</source>
        <translation>Les objectifs de %1, dans ses propres mots (%2)</translation>
    </message>
    <message>
        <source>As %1 paraphrased them (%2)</source>
        <translation>Tels que %1 les a reformulés (%2)</translation>
    </message>
    <message>
        <source>%1 has not paraphrased them yet</source>
        <translation>%1 ne les a pas encore reformulés</translation>
    </message>
    <message>
        <source>Choose who paraphrases whom first</source>
        <translation>Choisissez d&apos;abord qui reformule qui</translation>
    </message>
    <message>
        <source>The paraphrase by %1 is saved: %2 can now acknowledge it.</source>
        <translation>La reformulation de %1 est enregistrée : %2 peut maintenant la confirmer.</translation>
    </message>
    <message>
        <source>There is no paraphrase to acknowledge here</source>
        <translation>Il n&apos;y a ici aucune reformulation à confirmer</translation>
    </message>
    <message>
        <source>%1 acknowledged the paraphrase of its goals by %2.</source>
        <translation>%1 a confirmé la reformulation de ses objectifs par %2.</translation>
    </message>
    <message>
        <source>There is no paraphrase to send back here</source>
        <translation>Il n&apos;y a ici aucune reformulation à renvoyer</translation>
    </message>
    <message>
        <source>%1 sent the paraphrase by %2 back.</source>
        <translation>%1 a renvoyé la reformulation de %2.</translation>
    </message>
    <message>
        <source>Write paraphrase</source>
        <translation>Rédiger la reformulation</translation>
    </message>
    <message>
        <source>%1 paraphrases in its own language. Which one?</source>
        <translation>%1 reformule dans sa propre langue. Laquelle ?</translation>
    </message>
    <message>
        <source>The goals of %1, as %2 understands them, in %3:</source>
        <translation>Les objectifs de %1, tels que %2 les comprend, en %3 :</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Who says, for %1: yes, that is what we mean?</source>
        <translation>Qui dit, au nom de %1 : oui, c&apos;est bien ce que nous voulons dire ?</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Who sends it back, for %1?</source>
        <translation>Qui la renvoie, au nom de %1 ?</translation>
    </message>
    <message>
        <source>What the paraphrase by %1 misses:</source>
        <translation>Ce qui manque à la reformulation de %1 :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecordEditor</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Drop the unsaved changes (Esc)</source>
        <translation>Abandonner les modifications non enregistrées (Échap)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Unsaved changes recovered from the last session. Save them, or press Esc to drop them.</source>
        <translation>Modifications non enregistrées récupérées de la dernière session. Enregistrez-les, ou appuyez sur Échap pour les abandonner.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Show the record as it is saved now, dropping the changes made here</source>
        <translation>Afficher la fiche telle qu&apos;elle est enregistrée maintenant, en abandonnant les modifications faites ici</translation>
    </message>
    <message>
        <source>This record now shows what was saved most recently.</source>
        <translation>Cette fiche affiche désormais la dernière version enregistrée.</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it (another Trellis window or the command line). Your changes cannot be saved to it.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé cette fiche pendant que vous la modifiiez (une autre fenêtre Trellis ou la ligne de commande). Vos modifications ne peuvent pas y être enregistrées.</translation>
    </message>
    <message>
        <source>The record shown was deleted by someone else (another Trellis window or the command line).</source>
        <translation>La fiche affichée a été supprimée par quelqu&apos;un d&apos;autre (une autre fenêtre Trellis ou la ligne de commande).</translation>
    </message>
    <message>
        <source>Someone else saved this record (another Trellis window or the command line); it now shows their version.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche (une autre fenêtre Trellis ou la ligne de commande) ; elle affiche désormais sa version.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (another Trellis window or the command line). Save will not overwrite their changes: reload to see them, then make yours again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche pendant que vous la modifiiez (une autre fenêtre Trellis ou la ligne de commande). Enregistrer n&apos;écrasera pas ses modifications : rechargez pour les voir, puis refaites les vôtres.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecurrenceForm</name>
    <message>
        <source>Monthly on the first %1</source>
        <translation>Chaque mois, le premier %1</translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation>Chaque mois, le deuxième %1</translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation>Chaque mois, le troisième %1</translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation>Chaque mois, le quatrième %1</translation>
    </message>
    <message>
        <source>How the ritual repeats</source>
        <translation>Comment le rituel se répète</translation>
    </message>
    <message>
        <source>Repeats every how many weeks, months or years</source>
        <translation>Intervalle de récurrence, en semaines, mois ou années</translation>
    </message>
    <message>
        <source>When the repeats end</source>
        <translation>Quand la récurrence prend fin</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>À une date</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>Après un nombre de fois</translation>
    </message>
    <message>
        <source>Last day it may fall on</source>
        <translation>Dernier jour où il peut tomber</translation>
    </message>
    <message>
        <source>How many times it happens, the first included</source>
        <translation>Combien de fois il a lieu, la première comprise</translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545 RRULE)</source>
        <translation>Règle de récurrence (RFC 5545 RRULE)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Récurrence :</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Inter&amp;valle :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle :</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Chaque semaine, le %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Chaque mois, le %1</translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation>Chaque mois, le dernier %1</translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation>Chaque année, le %1 %2</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Règle personnalisée (RRULE)</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <comment>after a count</comment>
        <translation>
            <numerusform> fois</numerusform>
            <numerusform> fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recurrence rule, such as FREQ=MONTHLY;BYDAY=1SA</source>
        <translation>Écrivez la règle de récurrence, p. ex. FREQ=MONTHLY;BYDAY=1SA</translation>
    </message>
    <message>
        <source>Give the last day the ritual may fall on</source>
        <translation>Indiquez le dernier jour où le rituel peut tomber</translation>
    </message>
    <message>
        <source>The repeats end before the ritual&apos;s first date</source>
        <translation>La récurrence se termine avant la première date du rituel</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RehearsalEditor</name>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le :</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>New rupture rehearsal</source>
        <translation>Nouvelle répétition de rupture</translation>
    </message>
    <message>
        <source>Rupture rehearsal %1</source>
        <translation>Répétition de rupture %1</translation>
    </message>
    <message>
        <source>Rehearsal recorded.</source>
        <translation>Répétition enregistrée.</translation>
    </message>
    <message>
        <source>Edit rehearsal</source>
        <translation>Modifier la répétition</translation>
    </message>
    <message>
        <source>Add rehearsal</source>
        <translation>Ajouter une répétition</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Supprimer la répétition</translation>
    </message>
    <message>
        <source>Rehearsal deleted; Undo brings it back.</source>
        <translation>Répétition supprimée ; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Accomp&amp;lit :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ReportDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <source>Ledger review</source>
        <translation>Revue du registre de réciprocité</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Rapport de rétro</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Manuel des protocoles</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</source>
        <translation>depuis le début, ou 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Non disponible dans cette version</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choisissez deux langues différentes.</translation>
    </message>
    <message>
        <source>Choose a folder for the archive.</source>
        <translation>Choisissez un dossier pour l&apos;archive.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>%1 export is not available in this build.</source>
        <translation>L&apos;exportation %1 n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Preview of the whole report.</source>
        <translation>Aperçu de tout le rapport.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n rows.</source>
        <translation>
            <numerusform>Aperçu de la première ligne (%n).</numerusform>
            <numerusform>Aperçu des %n premières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Arrêté. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Dossier de l&apos;archive</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Ledger review…</source>
        <translation>&amp;Revue du registre de réciprocité…</translation>
    </message>
    <message>
        <source>&amp;Retro report…</source>
        <translation>Rapport de ré&amp;tro…</translation>
    </message>
    <message>
        <source>&amp;Protocol handbook…</source>
        <translation>&amp;Manuel des protocoles…</translation>
    </message>
    <message>
        <source>Partner &amp;directory…</source>
        <translation>Annuaire des &amp;partenaires…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>Exporter l&apos;&amp;archive…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>Pa&amp;rtenaire :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Cus&amp;todian:</source>
        <translation>&amp;Dépositaire :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>D&amp;ossier :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>O&amp;uvrir une fois terminé</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Arrê&amp;ter</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroAnswerFacts</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Votes for answer %1</source>
        <translation>Votes pour la réponse %1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One more vote for answer %1</source>
        <translation>Un vote de plus pour la réponse %1</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags of answer %1</source>
        <translation>Étiquettes de la réponse %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroEditor</name>
    <message>
        <source>Held on</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animatrice</translation>
    </message>
    <message>
        <source>First language of the retro</source>
        <translation>Première langue de la rétro</translation>
    </message>
    <message>
        <source>Second language of the retro</source>
        <translation>Deuxième langue de la rétro</translation>
    </message>
    <message>
        <source>Question of the new answer</source>
        <translation>Question de la nouvelle réponse</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>Ajouter une &amp;réponse</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Ajouter une a&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Tenue le :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animatrice :</translation>
    </message>
    <message>
        <source>Language &amp;pair:</source>
        <translation>&amp;Paire de langues :</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>Réponse %1 · %2</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>Nouvelle rétro</translation>
    </message>
    <message>
        <source>Retro %1</source>
        <translation>Rétro %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publiée</translation>
    </message>
    <message>
        <source>Answers: %1 · actions: %2</source>
        <translation>Réponses : %1 · actions : %2</translation>
    </message>
    <message>
        <source>Add retro</source>
        <translation>Ajouter une rétro</translation>
    </message>
    <message>
        <source>Edit retro</source>
        <translation>Modifier la rétro</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <source>Publish the bilingual record: final, only translations can change afterwards</source>
        <translation>Publier le compte rendu bilingue : définitif, seules les traductions pourront ensuite changer</translation>
    </message>
    <message>
        <source>Votes and tags:</source>
        <translation>Votes et étiquettes :</translation>
    </message>
    <message>
        <source>published %1 ✓</source>
        <translation>publiée le %1 ✓</translation>
    </message>
    <message>
        <source>Published: the answers, votes, tags and actions are final; translations can still be added.</source>
        <translation>Publiée : les réponses, votes, étiquettes et actions sont définitifs ; des traductions peuvent encore être ajoutées.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Supprimer la rétro</translation>
    </message>
    <message>
        <source>Retro deleted; Undo brings it back.</source>
        <translation>Rétro supprimée ; Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags and actions can no longer change, and it cannot be deleted. Translations can still be added.</source>
        <translation>Publier le compte rendu bilingue de la rétro %1 ? La publication est définitive : ses réponses, votes, étiquettes et actions ne pourront plus changer, et elle ne pourra pas être supprimée. Des traductions pourront encore être ajoutées.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing in %1</source>
        <translation>
            <numerusform>%n texte manquant en %1</numerusform>
            <numerusform>%n textes manquants en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet bilingual: %1.</source>
        <translation>Pas encore bilingue : %1.</translation>
    </message>
    <message>
        <source>Save the retro before publishing it.</source>
        <translation>Enregistrez la rétro avant de la publier.</translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publier la rétro</translation>
    </message>
    <message>
        <source>Published. Only translations can change from now on.</source>
        <translation>Publiée. Désormais, seules les traductions peuvent changer.</translation>
    </message>
    <message>
        <source>Retro %1 published.</source>
        <translation>Rétro %1 publiée.</translation>
    </message>
    <message>
        <source>The retro&apos;s pair is the one its room, its reports and its archive use. The columns below follow the toolbar&apos;s pair, so you can translate into any language.</source>
        <translation>La paire de la rétro est celle qu&apos;utilisent sa salle, ses rapports et son archive. Les colonnes ci-dessous suivent la paire de la barre d&apos;outils : vous pouvez ainsi traduire dans n&apos;importe quelle langue.</translation>
    </message>
    <message>
        <source>Shared risks taken this quarter, for “%1”: %2</source>
        <translation>Risques partagés pris ce trimestre, pour « %1 » : %2</translation>
    </message>
    <message>
        <source>Shared risks cited:</source>
        <translation>Risques partagés cités :</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>Accomp&amp;lit :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroRiskCitations</name>
    <message>
        <source>Answer that cites</source>
        <translation>Réponse qui cite</translation>
    </message>
    <message>
        <source>Shared risks cited</source>
        <translation>Risques partagés cités</translation>
    </message>
    <message>
        <source>Answer %1 · ⁨%2⁩</source>
        <translation>Réponse %1 · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Save an answer to “%1” to cite the shared risks that proved the alliance.</source>
        <translation>Enregistrez une réponse à « %1 » pour citer les risques partagés qui ont prouvé l’alliance.</translation>
    </message>
    <message>
        <source>No shared risk was recorded in this quarter.</source>
        <translation>Aucun risque partagé n’a été enregistré ce trimestre.</translation>
    </message>
    <message>
        <source>Choose the answer that cites the risk</source>
        <translation>Choisissez la réponse qui cite le risque</translation>
    </message>
    <message>
        <source>Cite shared risk</source>
        <translation>Citer un risque partagé</translation>
    </message>
    <message>
        <source>Withdraw citation</source>
        <translation>Retirer la citation</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroSession</name>
    <message>
        <source>Add answer</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <source>Translate answer</source>
        <translation>Traduire la réponse</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>Reprendre un vote</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <source>Group answers</source>
        <translation>Regrouper des réponses</translation>
    </message>
    <message>
        <source>Move answer</source>
        <translation>Déplacer la réponse</translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation>Étiqueter le thème</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Nouvelles locales</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Changer de phase</translation>
    </message>
    <message>
        <source>Change the vote rules</source>
        <translation>Modifier les règles du vote</translation>
    </message>
    <message>
        <source>Each participant now has %1 votes, at most %2 on one answer.</source>
        <translation>Chaque participant dispose désormais de %1 votes, %2 au plus sur une même réponse.</translation>
    </message>
    <message>
        <source>Welcome anonymous answers</source>
        <translation>Accepter les réponses anonymes</translation>
    </message>
    <message>
        <source>Take named answers only</source>
        <translation>N&apos;accepter que les réponses signées</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome.</source>
        <translation>Les réponses anonymes sont bienvenues.</translation>
    </message>
    <message>
        <source>Answers are named from now on.</source>
        <translation>Les réponses sont désormais signées.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Revoir l&apos;action</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RevealPanel</name>
    <message>
        <source>The answer in %1; Enter saves, Esc leaves it</source>
        <translation>La réponse en %1 ; Enter l&apos;enregistre, Esc en sort</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RitualEditor</name>
    <message>
        <source>Kind of ritual</source>
        <translation>Type de rituel</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation>À &amp;heure fixe</translation>
    </message>
    <message>
        <source>Start time on the organizer&apos;s clock</source>
        <translation>Heure de début à l’horloge de l’organisatrice</translation>
    </message>
    <message>
        <source>Organizer&apos;s time zone</source>
        <translation>Fuseau horaire de l’organisatrice</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation>Durée, en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Partners who take part</source>
        <translation>Partenaires qui y prennent part</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation>Première &amp;date :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Heure :</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Prochaines dates :</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partenaires :</translation>
    </message>
    <message>
        <source>New ritual</source>
        <translation>Nouveau rituel</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir du %2</translation>
    </message>
    <message>
        <source>“Set quarterly listening circles, rotate caretaking duties, and schedule pauses between collaborations.” A ritual at a set time is held at one moment on the organizer&apos;s clock; the calendar shows it on each partner&apos;s. File ▸ Export calendar… hands the rituals to calendar apps.</source>
        <translation>« Instaurer des cercles d’écoute trimestriels, faire tourner les tâches de soin et prévoir des pauses entre les collaborations. » Un rituel à heure fixe a lieu à un seul moment sur l’horloge de l’organisatrice ; le calendrier l’affiche sur celle de chaque partenaire. Fichier ▸ Exporter le calendrier… transmet les rituels aux applications d’agenda.</translation>
    </message>
    <message>
        <source>(none while the date, time or rule is not complete)</source>
        <translation>(aucune tant que la date, l’heure ou la règle n’est pas complète)</translation>
    </message>
    <message>
        <source>none after today</source>
        <translation>aucune après aujourd’hui</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>, …</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>à %1, %2</translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation>Ajouter un rituel</translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation>Modifier le rituel</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>Supprimer le rituel</translation>
    </message>
    <message>
        <source>Ritual deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Rituel supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SearchPanel</name>
    <message>
        <source>Retro</source>
        <translation>Rétro</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>Rien trouvé. Trois lettres quelconques d&apos;un mot suffisent, dans toute écriture.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n fiche trouvée</numerusform>
            <numerusform>%n fiches trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::SectionPage</name>
    <message>
        <source>%1 list</source>
        <translation>Liste : %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before leaving it?</source>
        <translation>Cette fiche a des modifications non enregistrées. Les enregistrer avant de la quitter ?</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedFile</name>
    <message>
        <source>Read-only: this workspace contains database objects Trellis did not write. You can read, search and export, but not save.</source>
        <translation>Lecture seule : cet espace de travail contient des objets de base de données que Trellis n&apos;a pas écrits. Vous pouvez lire, rechercher et exporter, mais pas enregistrer.</translation>
    </message>
    <message>
        <source>Read-only: you do not have permission to change this file. You can read, search and export, but not save.</source>
        <translation>Lecture seule : vous n&apos;avez pas l&apos;autorisation de modifier ce fichier. Vous pouvez lire, rechercher et exporter, mais pas enregistrer.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedRiskEditor</name>
    <message>
        <source>Taken on</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Porté par</translation>
    </message>
    <message>
        <source>Each partner checked bore a part of the risk and gets a field for it below</source>
        <translation>Chaque partenaire coché a porté une part du risque et dispose ci-dessous d’un champ pour la décrire</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <source>entry numbers, e.g. %1</source>
        <translation>numéros d’écriture, p. ex. %1</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>&amp;Pris le :</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>P&amp;orté par :</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpagnes :</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidents :</translation>
    </message>
    <message>
        <source>Ledger &amp;entries:</source>
        <translation>É&amp;critures :</translation>
    </message>
    <message>
        <source>Part borne by ⁨%1⁩</source>
        <translation>Part portée par ⁨%1⁩</translation>
    </message>
    <message>
        <source>New shared risk</source>
        <translation>Nouveau risque partagé</translation>
    </message>
    <message>
        <source>A risk the partners took together, and the part each bore. The retro&apos;s third question (which shared risk proved our alliance?) can cite it.</source>
        <translation>Un risque que les partenaires ont pris ensemble, et la part que chacun a portée. La troisième question de la rétro (quel risque partagé a prouvé notre alliance ?) peut le citer.</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n answer(s) to the retro&apos;s third question.</source>
        <translation>
            <numerusform>Cité par %n réponse à la troisième question de la rétro.</numerusform>
            <numerusform>Cité par %n réponses à la troisième question de la rétro.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a ledger entry number</source>
        <translation>« %1 » n’est pas un numéro d’écriture</translation>
    </message>
    <message>
        <source>Add shared risk</source>
        <translation>Ajouter un risque partagé</translation>
    </message>
    <message>
        <source>Edit shared risk</source>
        <translation>Modifier le risque partagé</translation>
    </message>
    <message>
        <source>Delete shared risk</source>
        <translation>Supprimer le risque partagé</translation>
    </message>
    <message>
        <source>Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.</source>
        <translation>Risque partagé supprimé avec ses citations. Annuler (Ctrl+Z) rétablit le risque, pas les citations.</translation>
    </message>
    <message>
        <source>Shared risk deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Risque partagé supprimé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2 · %3 %4</source>
        <translation>Parité de compréhension : %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TextColumn</name>
    <message>
        <source>Language of the first column</source>
        <translation>Langue de la première colonne</translation>
    </message>
    <message>
        <source>Language of the second column</source>
        <translation>Langue de la deuxième colonne</translation>
    </message>
    <message>
        <source>The date in this language&apos;s calendar</source>
        <translation>La date dans le calendrier de cette langue</translation>
    </message>
    <message>
        <source>parity %1</source>
        <translation>parité %1</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>Parité de compréhension : %1 des %2 textes écrits sont lisibles dans cette langue</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueModel</name>
    <message>
        <source>%1 · settled</source>
        <translation>%1 · version finale</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Original in</source>
        <translation>Original en</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueView</name>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Vers :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Original in:</source>
        <translation>&amp;Original en :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;État :</translation>
    </message>
    <message>
        <source>Fields waiting for a translation</source>
        <translation>Champs en attente de traduction</translation>
    </message>
    <message>
        <source>Open field</source>
        <translation>Ouvrir le champ</translation>
    </message>
    <message>
        <source>Open the field beside its original (Enter); F8 goes on to the next one</source>
        <translation>Ouvrir le champ à côté de son original (Enter) ; F8 passe au suivant</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Pré-traduire avec &amp;Apertium…</translation>
    </message>
    <message>
        <source>Fill the selected missing fields (or the whole queue) with Apertium&apos;s offline machine translation, marked as machine drafts for review</source>
        <translation>Remplir les champs manquants sélectionnés (ou toute la file) avec la traduction automatique hors ligne d&apos;Apertium, marquée comme brouillon automatique à relire</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>toutes les fiches</translation>
    </message>
    <message>
        <source>missing or machine draft</source>
        <translation>manquante ou brouillon automatique</translation>
    </message>
    <message>
        <source>Nothing waits for a translation into %1.</source>
        <translation>Rien n&apos;attend de traduction en %1.</translation>
    </message>
    <message>
        <source>%1 fields wait for a translation into %2.</source>
        <translation>%1 champs attendent une traduction en %2.</translation>
    </message>
    <message>
        <source>That was the last field waiting for a translation into %1.</source>
        <translation>C&apos;était le dernier champ en attente de traduction en %1.</translation>
    </message>
    <message>
        <source>No missing field to draft: machine drafts wait for a person&apos;s review.</source>
        <translation>Aucun champ manquant à pré-traduire : les brouillons automatiques attendent la relecture d&apos;une personne.</translation>
    </message>
    <message numerus="yes">
        <source>Draft the %n selected missing field(s) into %1 with Apertium?</source>
        <translation>
            <numerusform>Pré-traduire en %1 avec Apertium le champ manquant sélectionné (%n) ?</numerusform>
            <numerusform>Pré-traduire en %1 avec Apertium les %n champs manquants sélectionnés ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft all %n missing field(s) of the queue into %1 with Apertium?</source>
        <translation>
            <numerusform>Pré-traduire en %1 avec Apertium le champ manquant de la file (%n) ?</numerusform>
            <numerusform>Pré-traduire en %1 avec Apertium les %n champs manquants de la file ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft with Apertium</source>
        <translation>Pré-traduire avec Apertium</translation>
    </message>
    <message>
        <source>Drafts are marked machine: they do not count as readable until a person edits or reviews them.</source>
        <translation>Les pré-traductions sont marquées comme brouillons automatiques : elles ne comptent comme lisibles qu&apos;une fois modifiées ou relues par une personne.</translation>
    </message>
    <message>
        <source>Apertium is drafting into %1…</source>
        <translation>Apertium pré-traduit en %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Apertium is drafting…</source>
        <translation>Apertium pré-traduit…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) drafted by Apertium, marked machine for review.</source>
        <translation>
            <numerusform>%n champ pré-traduit par Apertium, marqué comme brouillon automatique à relire.</numerusform>
            <numerusform>%n champs pré-traduits par Apertium, marqués comme brouillons automatiques à relire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apertium drafted %n field(s).</source>
        <translation>
            <numerusform>Apertium a pré-traduit %n champ.</numerusform>
            <numerusform>Apertium a pré-traduit %n champs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::UnknownWordMarks</name>
    <message>
        <source>Apertium did not know this word</source>
        <translation>Apertium ne connaissait pas ce mot</translation>
    </message>
</context>
<context>
    <name>trellis::gui::VotePanel</name>
    <message>
        <source>&amp;Voter:</source>
        <translation>&amp;Votante :</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting: tallies are shown when the vote closes.</source>
        <translation>Vote en cours : les décomptes s&apos;affichent à la clôture du vote.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in all</source>
        <translation>
            <numerusform>%n vote au total</numerusform>
            <numerusform>%n votes au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of this voter&apos;s votes</source>
        <translation>
            <numerusform>%n vote de cette votante</numerusform>
            <numerusform>%n votes de cette votante</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote is closed (Ctrl+Enter reopens it).</source>
        <translation>Le vote est clos (Ctrl+Enter le rouvre).</translation>
    </message>
    <message>
        <source>%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, Ctrl+Enter closes the vote.</source>
        <translation>Il reste %1 votes sur %2 à cette votante, %3 au plus sur une même réponse. + donne un vote, − en reprend un, Ctrl+Enter clôt le vote.</translation>
    </message>
    <message>
        <source>Votes &amp;each participant has:</source>
        <translation>Votes par &amp;participant :</translation>
    </message>
    <message>
        <source>At &amp;most on one answer:</source>
        <translation>Au plus sur une &amp;même réponse :</translation>
    </message>
    <message>
        <source>Each participant has %1 votes, at most %2 on one answer.</source>
        <translation>Chaque participant dispose de %1 votes, %2 au plus sur une même réponse.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WelcomePage</name>
    <message>
        <source>Welcome to Trellis</source>
        <translation>Bienvenue dans Trellis</translation>
    </message>
    <message>
        <source>This workspace is empty. It will keep your alliance&apos;s partners, its reciprocity ledger, its retros and its conflict protocols, each in two languages side by side. Begin in one of four ways:</source>
        <translation>Cet espace de travail est vide. Il conservera les partenaires de votre alliance, son registre de réciprocité, ses rétros et ses protocoles de conflit, chacun en deux langues côte à côte. Commencez de l&apos;une de ces quatre façons :</translation>
    </message>
    <message>
        <source>1  Name the alliance and its working languages</source>
        <translation>1  Nommez l&apos;alliance et ses langues de travail</translation>
    </message>
    <message>
        <source>The languages its partners read and write, in order; any two of them sit side by side.</source>
        <translation>Les langues que ses partenaires lisent et écrivent, dans l&apos;ordre ; deux d&apos;entre elles, quelles qu&apos;elles soient, s&apos;affichent côte à côte.</translation>
    </message>
    <message>
        <source>2  Add the first partner</source>
        <translation>2  Ajoutez le premier partenaire</translation>
    </message>
    <message>
        <source>A movement, union, collective or envoy, named in its own script.</source>
        <translation>Un mouvement, un syndicat, un collectif ou une envoyée, nommé dans sa propre écriture.</translation>
    </message>
    <message>
        <source>3  Open the demo alliance</source>
        <translation>3  Ouvrez l&apos;alliance de démonstration</translation>
    </message>
    <message>
        <source>Eleven partners, each writing in its own script, with a ledger and retros, to look around first.</source>
        <translation>Onze partenaires, chacun dans sa propre écriture, avec un registre de réciprocité et des rétros, pour faire d&apos;abord un tour d&apos;horizon.</translation>
    </message>
    <message>
        <source>4  Import a spreadsheet</source>
        <translation>4  Importez une feuille de calcul</translation>
    </message>
    <message>
        <source>The ledger you kept until now, from a CSV file; its partners are created as you confirm them.</source>
        <translation>Le registre que vous teniez jusqu&apos;ici, depuis un fichier CSV ; ses partenaires sont créés à mesure que vous les confirmez.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>Working languages now: %1. Change them, and give the alliance its name.</source>
        <translation>Langues de travail actuelles : %1. Modifiez-les, et donnez un nom à l&apos;alliance.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspacePropertiesDialog</name>
    <message>
        <source>Workspace properties</source>
        <translation>Propriétés de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Language tags in order, separated by commas, e.g. fa, es, en</source>
        <translation>Étiquettes de langue dans l’ordre, séparées par des virgules, p. ex. fa, es, en</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, p. ex. EUR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>Langues de &amp;travail :</translation>
    </message>
    <message>
        <source>&amp;Home partner:</source>
        <translation>Partenaire &amp;local :</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Devise par &amp;défaut :</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspaceStatus</name>
    <message>
        <source>· no automatic backup yet</source>
        <translation>· pas encore de sauvegarde automatique</translation>
    </message>
    <message>
        <source>· last backup %1</source>
        <translation>· dernière sauvegarde %1</translation>
    </message>
    <message>
        <source>· parity: counting…</source>
        <translation>· parité : calcul…</translation>
    </message>
    <message>
        <source>· parity %1</source>
        <translation>· parité %1</translation>
    </message>
    <message>
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language. Click a language to see what waits for a translation into it.</source>
        <translation>Parité de compréhension : la part des textes de l&apos;espace de travail lisibles dans chaque langue de travail. Cliquez sur une langue pour voir ce qui attend une traduction dans cette langue.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WritePanel</name>
    <message>
        <source>What felt extractive?</source>
        <translation>Qu&apos;est-ce qui a semblé extractif ?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>Qu&apos;est-ce qui a semblé transformateur ?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>Quel risque partagé a prouvé notre alliance ?</translation>
    </message>
    <message>
        <source>The answer as it is said; Enter saves it</source>
        <translation>La réponse telle qu&apos;elle est dite ; Enter l&apos;enregistre</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autrice :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <source>Anonymous (no author is kept)</source>
        <translation>Anonyme (aucun nom n&apos;est conservé)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written, hidden until Reveal</source>
        <translation>
            <numerusform>%n réponse écrite, masquée jusqu&apos;au dévoilement</numerusform>
            <numerusform>%n réponses écrites, masquées jusqu&apos;au dévoilement</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous answers &amp;welcome (no author is kept for them)</source>
        <translation>Réponses anonymes &amp;bienvenues (aucun nom n&apos;est conservé pour elles)</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome: no author is kept for them.</source>
        <translation>Les réponses anonymes sont bienvenues : aucun nom n&apos;est conservé pour elles.</translation>
    </message>
    <message>
        <source>Answers are named in this retro.</source>
        <translation>Les réponses sont signées dans cette rétro.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffExportDialog</name>
    <message>
        <source>Export for translation (XLIFF)</source>
        <translation>Exporter pour traduction (XLIFF)</translation>
    </message>
    <message>
        <source>Writes the fields whose original is in one language and that are missing in another as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the translated file with File ▸ Import translations (XLIFF)…</source>
        <translation>Écrit les champs dont l&apos;original est dans une langue et qui manquent dans une autre dans un seul fichier XLIFF 1.2 destiné à un outil de traduction (OmegaT, Lokalize, Weblate). Importez le fichier traduit avec Fichier ▸ Importer des traductions (XLIFF)…</translation>
    </message>
    <message>
        <source>&amp;Originals in:</source>
        <translation>&amp;Originaux en :</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;Traduire en :</translation>
    </message>
    <message>
        <source>Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)</source>
        <translation>XLIFF 1.2 standard (Lokalize, Weblate, translate-toolkit)</translation>
    </message>
    <message>
        <source>OmegaT (a copy of the original in each target)</source>
        <translation>OmegaT (une copie de l&apos;original dans chaque cible)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte :</translation>
    </message>
    <message>
        <source>Include &amp;machine drafts, for review</source>
        <translation>Inclure les &amp;brouillons automatiques, pour relecture</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>Fichiers XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choisissez deux langues différentes.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) written to %1.</source>
        <translation>
            <numerusform>%n champ écrit dans %1.</numerusform>
            <numerusform>%n champs écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffImportReport</name>
    <message>
        <source>Translations imported</source>
        <translation>Traductions importées</translation>
    </message>
    <message>
        <source>%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 → %2 : %3 lues, %4 mises à jour, %5 inchangées, %6 refusées.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Refused units changed nothing. Export again to translate them from the current originals.</source>
        <translation>Les unités refusées n&apos;ont rien modifié. Exportez à nouveau pour les traduire à partir des originaux actuels.</translation>
    </message>
</context>
<context>
    <name>trellis::reports::OdtWriter</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>Impossible d&apos;écrire le rapport.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>traduction manquante</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>traduction automatique</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>traduction humaine, non relue</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>traduction relue</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Chaîne du registre</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Tête de la chaîne (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>aucune écriture validée</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Écritures couvertes</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Vérifier avec</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Tête de la chaîne du registre %1… · %2 écritures</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>trellis::reports::PdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>traduction automatique</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>traduction humaine, non relue</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>traduction relue</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation>L&apos;exportation a été arrêtée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>traduction manquante</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Chaîne du registre</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Tête de la chaîne (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>aucune écriture validée</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Écritures couvertes</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Vérifier avec</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Tête de la chaîne du registre %1… · %2 écritures</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved. The log names the cause.</source>
        <translation>Impossible de faire du PDF un PDF d’archivage (PDF/A-1b) ; il n’a donc pas été enregistré. Le journal en indique la cause.</translation>
    </message>
</context>
</TS>
