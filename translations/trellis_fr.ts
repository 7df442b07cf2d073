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
        <source>Section to show: partners, ledger, retros, protocols, incidents, rehearsals.</source>
        <translation>Section à afficher : partners, ledger, retros, protocols, incidents, rehearsals.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>Journaliser les messages de débogage (identifiants seulement) dans le terminal et le fichier journal.</translation>
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
        <translation>&amp;De :</translation>
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
        <source>Reverse this posted entry and record a corrected one</source>
        <translation>Contre-passer cette écriture validée et en enregistrer une corrigée</translation>
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
        <source>Agreed by %1 partner(s). Saving a change records version %2; earlier versions are kept.</source>
        <translation>Approuvé par %1 partenaire(s). Enregistrer une modification crée la version %2 ; les versions antérieures sont conservées.</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>Protocole enregistré en version 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>Protocole enregistré en version %1 ; les versions antérieures sont conservées.</translation>
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
        <source>published ✓</source>
        <translation>publiée ✓</translation>
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
        <source>Retro deleted.</source>
        <translation>Rétro supprimée.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SearchPanel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Retro</source>
        <translation>Rétro</translation>
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
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>Rien trouvé. Trois lettres quelconques d&apos;un mot suffisent, dans toute écriture.</translation>
    </message>
    <message>
        <source>%1 records found</source>
        <translation>%1 fiches trouvées</translation>
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
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2% · %3 %4%</source>
        <translation>Parité de compréhension : %1 %2 % · %3 %4 %</translation>
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
        <source>parity %1%</source>
        <translation>parité %1 %</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>Parité de compréhension : %1 des %2 textes écrits sont lisibles dans cette langue</translation>
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
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language</source>
        <translation>Parité de compréhension : la part des textes de l&apos;espace de travail lisibles dans chaque langue de travail</translation>
    </message>
</context>
</TS>
