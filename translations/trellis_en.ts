<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Every ledger entry</source>
        <translation>Every ledger entry</translation>
    </message>
    <message>
        <source>Bilingual archive</source>
        <translation>Bilingual archive</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Hand-over</translation>
    </message>
    <message>
        <source>Nothing is posted in the ledger yet.</source>
        <translation>Nothing is posted in the ledger yet.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Ledger chain</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Head (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Entries covered</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verify with</translation>
    </message>
    <message>
        <source>Every record of the alliance, side by side in %1 and %2. This archive opens in any browser, offline; MANIFEST.sha256 lists the SHA-256 of every file (check it with: sha256sum -c MANIFEST.sha256).</source>
        <translation>Every record of the alliance, side by side in %1 and %2. This archive opens in any browser, offline; MANIFEST.sha256 lists the SHA-256 of every file (check it with: sha256sum -c MANIFEST.sha256).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>Reports as PDF</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>Tables (CSV)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The archive is too large for one ZIP file; keep the folder.</source>
        <translation>The archive is too large for one ZIP file; keep the folder.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rupture rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation type="unfinished">Cultural exchange</translation>
    </message>
    <message>
        <source>Congress or spokes council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>, once</numerusform>
            <numerusform>, %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished">done</translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished">agreed</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished">proposed</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next custodian of the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held the archive last time too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n ritual(s) written to %1</source>
        <translation>
            <numerusform>%n ritual written to %1</numerusform>
            <numerusform>%n rituals written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A cultural exchange needs the day it is held</source>
        <translation>A cultural exchange needs the day it is held</translation>
    </message>
    <message>
        <source>A cultural exchange is between at least two partners</source>
        <translation>A cultural exchange is between at least two partners</translation>
    </message>
    <message>
        <source>A shared risk needs the day it was taken</source>
        <translation>A shared risk needs the day it was taken</translation>
    </message>
    <message>
        <source>A shared risk needs what was risked</source>
        <translation>A shared risk needs what was risked</translation>
    </message>
    <message>
        <source>A shared risk is borne by at least two partners</source>
        <translation>A shared risk is borne by at least two partners</translation>
    </message>
    <message>
        <source>Each part of a shared risk is borne by a saved partner</source>
        <translation>Each part of a shared risk is borne by a saved partner</translation>
    </message>
    <message>
        <source>A partner bears one part of a shared risk: it is listed twice</source>
        <translation>A partner bears one part of a shared risk: it is listed twice</translation>
    </message>
    <message>
        <source>A crossover needs both texts: as it was born and as it was reborn</source>
        <translation>A crossover needs both texts: as it was born and as it was reborn</translation>
    </message>
    <message>
        <source>A crossover needs the day it was reborn</source>
        <translation>A crossover needs the day it was reborn</translation>
    </message>
    <message>
        <source>A crossover cannot be reborn before it was born</source>
        <translation>A crossover cannot be reborn before it was born</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another, not to itself</source>
        <translation>A crossover goes from one partner to another, not to itself</translation>
    </message>
    <message>
        <source>A crossover needs the partner it was born in and the one that adopted it</source>
        <translation>A crossover needs the partner it was born in and the one that adopted it</translation>
    </message>
    <message>
        <source>This exchange was held: it stays in the alliance&apos;s record and cannot be deleted</source>
        <translation>This exchange was held: it stays in the alliance&apos;s record and cannot be deleted</translation>
    </message>
    <message>
        <source>This retro is published: the shared risks its answers cite cannot change</source>
        <translation>This retro is published: the shared risks its answers cite cannot change</translation>
    </message>
    <message>
        <source>A pause is agreed between two partners</source>
        <translation>A pause is agreed between two partners</translation>
    </message>
    <message>
        <source>A pause is agreed between two different partners</source>
        <translation>A pause is agreed between two different partners</translation>
    </message>
    <message>
        <source>A pause needs its first and last day</source>
        <translation>A pause needs its first and last day</translation>
    </message>
    <message>
        <source>Say why the partners pause: a pause is rest, not abandonment, when both know why</source>
        <translation>Say why the partners pause: a pause is rest, not abandonment, when both know why</translation>
    </message>
    <message>
        <source>A pause lasts two years at most; agree a new one when it ends</source>
        <translation>A pause lasts two years at most; agree a new one when it ends</translation>
    </message>
    <message>
        <source>A partner of the pause is not a partner of this workspace</source>
        <translation>A partner of the pause is not a partner of this workspace</translation>
    </message>
    <message>
        <source>A ritual needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ritual needs a first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner of a ritual must be saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ritual at a set time needs its organizer&apos;s time zone, so that every partner meets at the same moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>record</source>
        <translation>record</translation>
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
        <translation>Write</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Discuss</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>human</source>
        <translation>human</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>machine draft</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>&amp;Run retro…</source>
        <translation>&amp;Run retro…</translation>
    </message>
    <message>
        <source>Run retro</source>
        <translation>Run retro</translation>
    </message>
    <message>
        <source>Choose a saved retro in the Retros section first.</source>
        <translation>Choose a saved retro in the Retros section first.</translation>
    </message>
    <message>
        <source>Compare quarters</source>
        <translation>Compare quarters</translation>
    </message>
    <message>
        <source>&amp;Compare quarters…</source>
        <translation>&amp;Compare quarters…</translation>
    </message>
</context>
<context>
    <name>FulfilmentUndo</name>
    <message>
        <source>Brought back, but not linked to its ritual again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to ritual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>translation missing</source>
        <translation>translation missing</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Ledger chain</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>Head (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Entries covered</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verify with</translation>
    </message>
    <message>
        <source>Nothing is posted yet: the chain is empty.</source>
        <translation>Nothing is posted yet: the chain is empty.</translation>
    </message>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>Writing the report failed: %1</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source> (no partner has this name; choose one or confirm a new one on the wizard&apos;s Partners page)</source>
        <translation> (no partner has this name; choose one or confirm a new one on the wizard&apos;s Partners page)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Emotional labour</source>
        <translation>Emotional labour</translation>
    </message>
    <message>
        <source>Cultural labour</source>
        <translation>Cultural labour</translation>
    </message>
    <message>
        <source>Contextualising news</source>
        <translation>Contextualising news</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Moral leadership</source>
        <translation>Moral leadership</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Union</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collective</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>Envoy</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>machine draft</translation>
    </message>
    <message>
        <source>human</source>
        <translation>human</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>posted</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>What felt extractive?</source>
        <translation>What felt extractive?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>What felt transformative?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>Which shared risk proved our alliance?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Goals in its own words</translation>
    </message>
    <message>
        <source>Contact notes (sensitive)</source>
        <translation>Contact notes (sensitive)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>What it taught</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>no quantity</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>nights</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no country</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Goals as another partner paraphrased them</source>
        <translation>Goals as another partner paraphrased them</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>quorum met</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>waiting for an answer</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>sent back</translation>
    </message>
    <message>
        <source>revised, waiting for an answer</source>
        <translation>revised, waiting for an answer</translation>
    </message>
    <message>
        <source>the goals changed since</source>
        <translation>the goals changed since</translation>
    </message>
    <message>
        <source>art trade</source>
        <translation>art trade</translation>
    </message>
    <message>
        <source>study session</source>
        <translation>study session</translation>
    </message>
    <message>
        <source>storytelling night</source>
        <translation>storytelling night</translation>
    </message>
    <message>
        <source>shared meal</source>
        <translation>shared meal</translation>
    </message>
    <message>
        <source>song</source>
        <translation>song</translation>
    </message>
    <message>
        <source>vigil</source>
        <translation>vigil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Aims</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>phrase</translation>
    </message>
    <message>
        <source>metaphor</source>
        <translation>metaphor</translation>
    </message>
    <message>
        <source>slogan</source>
        <translation>slogan</translation>
    </message>
    <message>
        <source>joke</source>
        <translation>joke</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategy</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>What was exchanged</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>What was risked</translation>
    </message>
    <message>
        <source>Part borne</source>
        <translation>Part borne</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>As born</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>As reborn</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>Where it was seen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why the partners pause</source>
        <translation>Why the partners pause</translation>
    </message>
    <message>
        <source>What held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices to amplify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk weighed: carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk weighed: visas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk weighed: surveillance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerReview</name>
    <message>
        <source>Balances by pair</source>
        <translation>Balances by pair</translation>
    </message>
    <message>
        <source>Given is what the first partner gave the second; received, what it received from the second. Funds count once both sides approve. Asymmetry is |given − received| / (given + received).</source>
        <translation>Given is what the first partner gave the second; received, what it received from the second. Funds count once both sides approve. Asymmetry is |given − received| / (given + received).</translation>
    </message>
    <message>
        <source>Balances in %1</source>
        <translation>Balances in %1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Asymmetry</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Asymmetries that persist</source>
        <translation>Asymmetries that persist</translation>
    </message>
    <message>
        <source>No pair&apos;s asymmetry persisted over the last %1 quarters.</source>
        <translation>No pair&apos;s asymmetry persisted over the last %1 quarters.</translation>
    </message>
    <message>
        <source>In each of the last %1 quarters the same partner gave at least three times what it received, in the same unit.</source>
        <translation>In each of the last %1 quarters the same partner gave at least three times what it received, in the same unit.</translation>
    </message>
    <message>
        <source>Giving more</source>
        <translation>Giving more</translation>
    </message>
    <message>
        <source>Giving less</source>
        <translation>Giving less</translation>
    </message>
    <message>
        <source>Flows between %1 and %2</source>
        <translation>Flows between %1 and %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Flows over time</source>
        <translation>Flows over time</translation>
    </message>
    <message>
        <source>Contributions that are not counted in numbers</source>
        <translation>Contributions that are not counted in numbers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Narrative-only contributions</source>
        <translation>Narrative-only contributions</translation>
    </message>
    <message>
        <source>Funds and their consent</source>
        <translation>Funds and their consent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>approved for %1 by %2 at %3</source>
        <translation>approved for %1 by %2 at %3</translation>
    </message>
    <message>
        <source>withdrawn for %1 by %2 at %3</source>
        <translation>withdrawn for %1 by %2 at %3</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>disbursed</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>awaiting %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
</context>
<context>
    <name>ListeningQuorum</name>
    <message>
        <source>%1 lists no language it works in: add its languages first, so that its paraphrase can be written in its own language</source>
        <translation>%1 lists no language it works in: add its languages first, so that its paraphrase can be written in its own language</translation>
    </message>
    <message>
        <source>A paraphrase is written in the paraphrasing partner&apos;s own language: %1 works in %2, not in %3</source>
        <translation>A paraphrase is written in the paraphrasing partner&apos;s own language: %1 works in %2, not in %3</translation>
    </message>
    <message>
        <source>A campaign is a joint project: it needs at least two partners</source>
        <translation>A campaign is a joint project: it needs at least two partners</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2</source>
        <translation>%1 must paraphrase the goals of %2</translation>
    </message>
    <message>
        <source>%1 has not yet acknowledged the paraphrase of its goals by %2</source>
        <translation>%1 has not yet acknowledged the paraphrase of its goals by %2</translation>
    </message>
    <message>
        <source>%1 sent back the paraphrase of its goals by %2</source>
        <translation>%1 sent back the paraphrase of its goals by %2</translation>
    </message>
    <message>
        <source>The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again</source>
        <translation>The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2 in a language %1 works in</source>
        <translation>%1 must paraphrase the goals of %2 in a language %1 works in</translation>
    </message>
    <message>
        <source>No cultural exchange is planned with the campaign</source>
        <translation>No cultural exchange is planned with the campaign</translation>
    </message>
    <message>
        <source>The campaign cannot go ahead yet:</source>
        <translation>The campaign cannot go ahead yet:</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Trellis — the slow-solidarity workbench</source>
        <translation>Trellis — the slow-solidarity workbench</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>Open the workspace FILE.</translation>
    </message>
    <message>
        <source>Save the main window as FILE.png once loaded, then exit.</source>
        <translation>Save the main window as FILE.png once loaded, then exit.</translation>
    </message>
    <message>
        <source>User-interface language (en, es, fr, ar, pt).</source>
        <translation>User-interface language (en, es, fr, ar, pt).</translation>
    </message>
    <message>
        <source>The side-by-side language pair, e.g. fa,es.</source>
        <translation>The side-by-side language pair, e.g. fa,es.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>Log debug messages (ids only) to the terminal and the log file.</translation>
    </message>
    <message>
        <source>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</source>
        <translation>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system).</source>
        <translation>Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system).</translation>
    </message>
    <message>
        <source>Run the retro RETRO_ID in facilitation mode (full screen).</source>
        <translation>Run the retro RETRO_ID in facilitation mode (full screen).</translation>
    </message>
    <message>
        <source>With --facilitate, open at a phase: check_in, write, reveal, group, vote, discuss, actions, close.</source>
        <translation>With --facilitate, open at a phase: check_in, write, reveal, group, vote, discuss, actions, close.</translation>
    </message>
    <message>
        <source>The workspace to open (as --workspace FILE does).</source>
        <translation>The workspace to open (as --workspace FILE does).</translation>
    </message>
    <message>
        <source>Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4.</source>
        <translation>Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4.</translation>
    </message>
    <message>
        <source>Section to show: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latin form</source>
        <translation>Latin form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>Goals in its own words</translation>
    </message>
    <message>
        <source>As %1 understood it</source>
        <translation>As %1 understood it</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>The alliance has no partners yet.</source>
        <translation>The alliance has no partners yet.</translation>
    </message>
</context>
<context>
    <name>PauseNotes</name>
    <message>
        <source>Pausing with %1 from %2 to %3, agreed by both: rest, not abandonment.</source>
        <translation>Pausing with %1 from %2 to %3, agreed by both: rest, not abandonment.</translation>
    </message>
    <message>
        <source>A pause with %1 from %2 to %3 is proposed: it holds once both sides consent.</source>
        <translation>A pause with %1 from %2 to %3 is proposed: it holds once both sides consent.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>No partner has agreed to this version yet.</source>
        <translation>No partner has agreed to this version yet.</translation>
    </message>
    <message>
        <source>Incidents that used it</source>
        <translation>Incidents that used it</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>No incident has used this protocol.</source>
        <translation>No incident has used this protocol.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocols</translation>
    </message>
    <message>
        <source>No conflict protocol has been drafted.</source>
        <translation>No conflict protocol has been drafted.</translation>
    </message>
    <message>
        <source>Rupture rehearsals</source>
        <translation>Rupture rehearsals</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>What it taught</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>No rehearsal was held in this period.</source>
        <translation>No rehearsal was held in this period.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Cannot undo: %1</source>
        <translation>Cannot undo: %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>Cannot redo: %1</translation>
    </message>
</context>
<context>
    <name>ReportHeader</name>
    <message>
        <source>Ledger review</source>
        <translation>Ledger review</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Retro report</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Protocol handbook</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partner directory</translation>
    </message>
    <message>
        <source>(unnamed alliance)</source>
        <translation>(unnamed alliance)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>Alliance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Unknown language “%1”: %2</source>
        <translation>Unknown language “%1”: %2</translation>
    </message>
    <message>
        <source>A report needs two different languages.</source>
        <translation>A report needs two different languages.</translation>
    </message>
    <message>
        <source>A pair needs its first partner too.</source>
        <translation>A pair needs its first partner too.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>The export was stopped; nothing was saved.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>ODT export is not available in this build.</source>
        <translation>ODT export is not available in this build.</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>PDF export is not available in this build.</translation>
    </message>
</context>
<context>
    <name>RetroReport</name>
    <message>
        <source>Retro of %1</source>
        <translation>Retro of %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
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
        <translation>tags: %1</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>No answers.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(done)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>No actions.</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Retros</translation>
    </message>
    <message>
        <source>No retro was held in this period.</source>
        <translation>No retro was held in this period.</translation>
    </message>
</context>
<context>
    <name>RhythmChoices</name>
    <message>
        <source>⁨%1⁩ (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RhythmLabels</name>
    <message>
        <source>Communication blackout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>Retros</translation>
    </message>
    <message>
        <source>Conflict protocols</source>
        <translation>Conflict protocols</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>Rehearsals</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Translations</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Cultural exchanges</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>Shared risks</translation>
    </message>
    <message>
        <source>Narrative crossovers</source>
        <translation>Narrative crossovers</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive custodians</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Missing in %1; shown in its original language (%2)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Listening quorum</source>
        <translation>Listening quorum</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>What was exchanged</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>What was risked</translation>
    </message>
    <message>
        <source>Parts borne</source>
        <translation>Parts borne</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Reborn on</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>As reborn</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Born with</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Reborn with</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation type="unfinished">Envoy</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished">From → to</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation type="unfinished">Custodian</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>Cannot import translations</source>
        <translation>Cannot import translations</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>&amp;Export for translation (XLIFF)…</source>
        <translation>&amp;Export for translation (XLIFF)…</translation>
    </message>
    <message>
        <source>Import &amp;translations (XLIFF)…</source>
        <translation>Import &amp;translations (XLIFF)…</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>Import translations</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>XLIFF files (*.xlf *.xliff);;All files (*)</translation>
    </message>
    <message>
        <source>Ne&amp;xt field to translate</source>
        <translation>Ne&amp;xt field to translate</translation>
    </message>
    <message>
        <source>Open the next field waiting in the Translations section (F8)</source>
        <translation>Open the next field waiting in the Translations section (F8)</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Draft with &amp;Apertium…</translation>
    </message>
</context>
<context>
    <name>TranslationQueue</name>
    <message>
        <source>Retro answer</source>
        <translation>Retro answer</translation>
    </message>
    <message>
        <source>Retro action</source>
        <translation>Retro action</translation>
    </message>
    <message>
        <source>Conflict protocol</source>
        <translation>Conflict protocol</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Rehearsal</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Goal paraphrase</source>
        <translation>Goal paraphrase</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1: this field is not shown in its record&apos;s editor; translate it with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1: this field is not shown in its record&apos;s editor; translate it with File ▸ Export for translation (XLIFF)…</translation>
    </message>
    <message>
        <source>The workspace is open read-only: no translation can be saved in it.</source>
        <translation>The workspace is open read-only: no translation can be saved in it.</translation>
    </message>
    <message>
        <source>%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…</translation>
    </message>
    <message>
        <source>Note on a paraphrase</source>
        <translation>Note on a paraphrase</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>Cultural exchange</translation>
    </message>
    <message>
        <source>Shared risk</source>
        <translation>Shared risk</translation>
    </message>
    <message>
        <source>Part of a shared risk</source>
        <translation>Part of a shared risk</translation>
    </message>
    <message>
        <source>Narrative crossover</source>
        <translation>Narrative crossover</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>Ritual</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retro theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>This workspace was written by a newer version of Trellis. Update Trellis to open it; this version will not change it.</source>
        <translation>This workspace was written by a newer version of Trellis. Update Trellis to open it; this version will not change it.</translation>
    </message>
    <message>
        <source>This workspace file is damaged, so Trellis will not open it as it is.</source>
        <translation>This workspace file is damaged, so Trellis will not open it as it is.</translation>
    </message>
    <message>
        <source>This file is not a Trellis workspace.</source>
        <translation>This file is not a Trellis workspace.</translation>
    </message>
    <message>
        <source>Another program is holding this workspace. Close it and try again.</source>
        <translation>Another program is holding this workspace. Close it and try again.</translation>
    </message>
    <message>
        <source>Trellis cannot open this workspace.</source>
        <translation>Trellis cannot open this workspace.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it keeps the current file beside it as “.before-restore”.</source>
        <translation>The latest automatic backup is from %1. Restoring it keeps the current file beside it as “.before-restore”.</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>This workspace contains database objects that Trellis did not write. They could change records behind your back, so Trellis opened it read-only: you can read and export, but not save.</source>
        <translation>This workspace contains database objects that Trellis did not write. They could change records behind your back, so Trellis opened it read-only: you can read and export, but not save.</translation>
    </message>
    <message>
        <source>What differs from a Trellis workspace:</source>
        <translation>What differs from a Trellis workspace:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::AboutDialog</name>
    <message>
        <source>About Trellis</source>
        <translation>About Trellis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trellis %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trellis %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for movements that work together across borders and languages: partners, the reciprocity ledger, solidarity retros and conflict protocols, side by side in two languages.</source>
        <translation>A workbench for movements that work together across borders and languages: partners, the reciprocity ledger, solidarity retros and conflict protocols, side by side in two languages.</translation>
    </message>
    <message>
        <source>Qt %1 · SQLite %2 · ICU %3</source>
        <translation>Qt %1 · SQLite %2 · ICU %3</translation>
    </message>
    <message>
        <source>Trellis is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Trellis is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ActionsPanel</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>&amp;Action in %1:</source>
        <translation>&amp;Action in %1:</translation>
    </message>
    <message>
        <source>Action in %1 (&amp;B):</source>
        <translation>Action in %1 (&amp;B):</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message numerus="yes">
        <source>Adjust commitments: in the last %n quarter(s), %1 gave %2 to %3 and received %4</source>
        <translation>
            <numerusform>Adjust commitments: in the last %n quarter, %1 gave %2 to %3 and received %4</numerusform>
            <numerusform>Adjust commitments: in the last %n quarters, %1 gave %2 to %3 and received %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceMatrixModel</name>
    <message>
        <source>⁨%1⁩ gave ⁨%2⁩: %3</source>
        <translation>⁨%1⁩ gave ⁨%2⁩: %3</translation>
    </message>
    <message>
        <source>Received back: %1</source>
        <translation>Received back: %1</translation>
    </message>
    <message>
        <source>Asymmetry of the pair: %1</source>
        <translation>Asymmetry of the pair: %1</translation>
    </message>
    <message>
        <source>Funds awaiting consent: %1</source>
        <translation>Funds awaiting consent: %1</translation>
    </message>
    <message numerus="yes">
        <source>The asymmetry persists: one side gave far more in each of the last %n quarters.</source>
        <translation>
            <numerusform>The asymmetry persists: one side gave far more in each of the last %n quarters.</numerusform>
            <numerusform>The asymmetry persists: one side gave far more in each of the last %n quarters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave (row)</source>
        <translation>%1 gave (row)</translation>
    </message>
    <message>
        <source>%1 received (column)</source>
        <translation>%1 received (column)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairDetail</name>
    <message>
        <source>The pair&apos;s figures per unit</source>
        <translation>The pair&apos;s figures per unit</translation>
    </message>
    <message>
        <source>Contributions not counted in numbers:</source>
        <translation>Contributions not counted in numbers:</translation>
    </message>
    <message>
        <source>Narrative-only contributions of the pair</source>
        <translation>Narrative-only contributions of the pair</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix: its pair&apos;s figures appear here.</source>
        <translation>Choose a cell of the matrix: its pair&apos;s figures appear here.</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Choose a cell of the matrix to see the pair&apos;s flows over time.</translation>
    </message>
    <message>
        <source>⁨%1⁩ and ⁨%2⁩</source>
        <translation>⁨%1⁩ and ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</source>
        <translation>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</translation>
    </message>
    <message>
        <source>No contributions without numbers.</source>
        <translation>No contributions without numbers.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairModel</name>
    <message>
        <source>Given / received, in the currency</source>
        <translation>Given / received, in the currency</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>Asymmetry</translation>
    </message>
    <message>
        <source>Funds proposed</source>
        <translation>Funds proposed</translation>
    </message>
    <message>
        <source>Funds disbursed</source>
        <translation>Funds disbursed</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>Kind of period</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <source>A day in the period (the range&apos;s first day)</source>
        <translation>A day in the period (the range&apos;s first day)</translation>
    </message>
    <message>
        <source>The range&apos;s last day</source>
        <translation>The range&apos;s last day</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceView</name>
    <message numerus="yes">
        <source>Rows gave, columns received. Tinted: the pair&apos;s asymmetry persists — one side gave at least three times what it received in each of the last %n quarters.</source>
        <translation>
            <numerusform>Rows gave, columns received. Tinted: the pair&apos;s asymmetry persists — one side gave at least three times what it received in each of the last %n quarters.</numerusform>
            <numerusform>Rows gave, columns received. Tinted: the pair&apos;s asymmetry persists — one side gave at least three times what it received in each of the last %n quarters.</numerusform>
        </translation>
    </message>
    <message>
        <source>(asymmetry |given − received| / (given + received))</source>
        <translation>(asymmetry |given − received| / (given + received))</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source>Unit of the matrix</source>
        <translation>Unit of the matrix</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation>&amp;Show entries</translation>
    </message>
    <message>
        <source>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</source>
        <translation>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</translation>
    </message>
    <message>
        <source>Balance matrix: rows gave, columns received</source>
        <translation>Balance matrix: rows gave, columns received</translation>
    </message>
    <message>
        <source>No posted entries with a quantity in this period.</source>
        <translation>No posted entries with a quantity in this period.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarAgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 to %2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>On the partners&apos; clocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarView</name>
    <message>
        <source>Gregorian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian (Solar Hijri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Islamic (Umm al-Qura)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar the month is counted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What falls on the day chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::CampaignEditor</name>
    <message>
        <source>Starts on</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>Next status</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>&amp;Change status</translation>
    </message>
    <message>
        <source>Quorum met and active need the listening quorum: every partner has paraphrased the goals of every other, and each paraphrase is acknowledged</source>
        <translation>Quorum met and active need the listening quorum: every partner has paraphrased the goals of every other, and each paraphrase is acknowledged</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>Cultural exchanges</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Cultural exchanges:</source>
        <translation>Cultural exchanges:</translation>
    </message>
    <message>
        <source>Listening quorum:</source>
        <translation>Listening quorum:</translation>
    </message>
    <message>
        <source>%1, %2 (%3)%4</source>
        <translation>%1, %2 (%3)%4</translation>
    </message>
    <message>
        <source>none planned yet: a campaign becomes active only with one</source>
        <translation>none planned yet: a campaign becomes active only with one</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>A campaign starts as proposed. It becomes active once every partner has paraphrased the goals of every other in its own language, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>A campaign starts as proposed. It becomes active once every partner has paraphrased the goals of every other in its own language, each paraphrase is acknowledged, and a cultural exchange is planned.</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Add campaign</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Edit campaign</translation>
    </message>
    <message>
        <source>The campaign is now %1. Status changes are kept in its history and are not undone.</source>
        <translation>The campaign is now %1. Status changes are kept in its history and are not undone.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Delete campaign</translation>
    </message>
    <message>
        <source>Campaign %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Campaign %1 deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Save or cancel the campaign&apos;s changes first: changing its status reloads it.</source>
        <translation>Save or cancel the campaign&apos;s changes first: changing its status reloads it.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CheckInPanel</name>
    <message>
        <source>A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped</source>
        <translation>A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped</translation>
    </message>
    <message>
        <source>One line from this partner, in its language; Enter saves</source>
        <translation>One line from this partner, in its language; Enter saves</translation>
    </message>
    <message>
        <source>&amp;Open actions of the previous retro:</source>
        <translation>&amp;Open actions of the previous retro:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Local update from &amp;partner:</source>
        <translation>Local update from &amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>&amp;Update:</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>no owner</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>not reviewed yet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>The previous retro left no open actions.</source>
        <translation>The previous retro left no open actions.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ClosePanel</name>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublish…</translation>
    </message>
    <message>
        <source>Answers: %1 · themes: %2 · votes: %3 · actions: %4 (carried over: %5) · local updates: %6</source>
        <translation>Answers: %1 · themes: %2 · votes: %3 · actions: %4 (carried over: %5) · local updates: %6</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Published.</translation>
    </message>
    <message>
        <source>Publish this retro&apos;s bilingual record? Its answers, votes and actions become final; translations can still be added.</source>
        <translation>Publish this retro&apos;s bilingual record? Its answers, votes and actions become final; translations can still be added.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are not yet in both languages of the pair.</source>
        <translation>
            <numerusform>%n text is not yet in both languages of the pair.</numerusform>
            <numerusform>%n texts are not yet in both languages of the pair.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publish retro</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentDialog</name>
    <message>
        <source>Approve the funds</source>
        <translation>Approve the funds</translation>
    </message>
    <message>
        <source>Withdraw an approval</source>
        <translation>Withdraw an approval</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>By whom</translation>
    </message>
    <message>
        <source>the person who speaks for that side</source>
        <translation>the person who speaks for that side</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Side:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>&amp;Withdraw approval</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentPanel</name>
    <message>
        <source>Consent state</source>
        <translation>Consent state</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Consent history</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Record one side&apos;s approval of these funds</source>
        <translation>Record one side&apos;s approval of these funds</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>&amp;Withdraw approval…</translation>
    </message>
    <message>
        <source>Record that one side takes its approval back (kept in the history)</source>
        <translation>Record that one side takes its approval back (kept in the history)</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>approves</translation>
    </message>
    <message>
        <source>withdraws</source>
        <translation>withdraws</translation>
    </message>
    <message>
        <source>Disbursed: both sides approve.</source>
        <translation>Disbursed: both sides approve.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 took its approval back; proposed until both sides approve.</source>
        <translation>Withdrawn: %1 took its approval back; proposed until both sides approve.</translation>
    </message>
    <message>
        <source>Approved by %1; awaiting %2.</source>
        <translation>Approved by %1; awaiting %2.</translation>
    </message>
    <message>
        <source>Proposed: no side approves yet.</source>
        <translation>Proposed: no side approves yet.</translation>
    </message>
    <message>
        <source>(A reversal takes the consent of entry %1.)</source>
        <translation>(A reversal takes the consent of entry %1.)</translation>
    </message>
    <message>
        <source>A reversal takes its original&apos;s consent: approve or withdraw on entry %1.</source>
        <translation>A reversal takes its original&apos;s consent: approve or withdraw on entry %1.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoverEditor</name>
    <message>
        <source>Kind of crossover</source>
        <translation>Kind of crossover</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>Born with</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>Reborn with</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Reborn on</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Born &amp;with:</source>
        <translation>Born &amp;with:</translation>
    </message>
    <message>
        <source>&amp;Reborn with:</source>
        <translation>&amp;Reborn with:</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>&amp;Born on:</translation>
    </message>
    <message>
        <source>Reborn &amp;on:</source>
        <translation>Reborn &amp;on:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpaigns:</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>As written:</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <source>New narrative crossover</source>
        <translation>New narrative crossover</translation>
    </message>
    <message>
        <source>A phrase, metaphor, slogan or strategy born in one partner&apos;s language and reborn in another&apos;s. Write it as born in the language of the partner it was born with, and as reborn in the language of the partner who adopted it.</source>
        <translation>A phrase, metaphor, slogan or strategy born in one partner&apos;s language and reborn in another&apos;s. Write it as born in the language of the partner it was born with, and as reborn in the language of the partner who adopted it.</translation>
    </message>
    <message>
        <source>Write it as born in the language of %1 (%2), not in %3</source>
        <translation>Write it as born in the language of %1 (%2), not in %3</translation>
    </message>
    <message>
        <source>Write it as reborn in the language of %1 (%2), not in %3</source>
        <translation>Write it as reborn in the language of %1 (%2), not in %3</translation>
    </message>
    <message>
        <source>Choose the partner it was born with and the partner who adopted it</source>
        <translation>Choose the partner it was born with and the partner who adopted it</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another: choose two partners</source>
        <translation>A crossover goes from one partner to another: choose two partners</translation>
    </message>
    <message>
        <source>Add narrative crossover</source>
        <translation>Add narrative crossover</translation>
    </message>
    <message>
        <source>Edit narrative crossover</source>
        <translation>Edit narrative crossover</translation>
    </message>
    <message>
        <source>Delete narrative crossover</source>
        <translation>Delete narrative crossover</translation>
    </message>
    <message>
        <source>Narrative crossover deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Narrative crossover deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoversDialog</name>
    <message>
        <source>Narrative crossovers</source>
        <translation>Narrative crossovers</translation>
    </message>
    <message>
        <source>Phrases, metaphors, slogans and strategies born in one partner&apos;s language and reborn in another&apos;s: the proof of internalization, pair by pair.</source>
        <translation>Phrases, metaphors, slogans and strategies born in one partner&apos;s language and reborn in another&apos;s: the proof of internalization, pair by pair.</translation>
    </message>
    <message>
        <source>Pairs of partners</source>
        <translation>Pairs of partners</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Crossovers</source>
        <translation>Crossovers</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>The pair&apos;s crossovers over time</source>
        <translation>The pair&apos;s crossovers over time</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>Reborn on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>As born</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>As reborn</translation>
    </message>
    <message>
        <source>%1 (%2 → %3, %4 → %5)</source>
        <translation>%1 (%2 → %3, %4 → %5)</translation>
    </message>
    <message>
        <source>No crossover is recorded yet.</source>
        <translation>No crossover is recorded yet.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CustodianTermEditor</name>
    <message>
        <source>The partner who takes the archive over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custodians&apos; rotation it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one takes turns yet: name the partners of a custodians&apos; rotation ritual, or record a first hand-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at the rotation on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no rotation ritual gives the day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They held it last too: the rotation has no one else to hand it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hand-over of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the archive over on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Rotate stewardship of these commons. Assign alternating custodians every cycle to prevent gatekeeping.” Record each hand-over on its day, with what was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same custodian twice in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would hold the archive twice in a row: they also took it over on %2. Rotation keeps the archive from becoming one partner&apos;s gate. Record this hand-over anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: choose another custodian, or save again and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::DateField</name>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Choose the date in a calendar (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1</source>
        <translation>Type a date, e.g. %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2</source>
        <translation>“%1” is not a date: type it as %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or %3</source>
        <translation>“%1” is not a date: type it as %2 or %3</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DiscussPanel</name>
    <message>
        <source>A note on this item; Enter saves it</source>
        <translation>A note on this item; Enter saves it</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner the envoy leaves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner the envoy travels to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger entries that hosted or funded the journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative crossovers the journey carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envoy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished">&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;dger entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crossovers carried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New envoy journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⁨%1⁩ from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“What questions will they carry, what voices will they amplify, and how will the wisdom they gather return home?” Write the questions before the envoy leaves, weigh the risks (carbon, visas, surveillance), and what returned once they are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey ends (%1) before it begins (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add envoy journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit envoy journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete envoy journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoy journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulf&amp;ils:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::ExchangeEditor</name>
    <message>
        <source>Kind of exchange</source>
        <translation>Kind of exchange</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpaigns:</translation>
    </message>
    <message>
        <source>New cultural exchange</source>
        <translation>New cultural exchange</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>An art trade, a study session, a storytelling night: an exchange between at least two partners. Pair it with a campaign here; a campaign becomes active only with one planned.</source>
        <translation>An art trade, a study session, a storytelling night: an exchange between at least two partners. Pair it with a campaign here; a campaign becomes active only with one planned.</translation>
    </message>
    <message>
        <source>Add cultural exchange</source>
        <translation>Add cultural exchange</translation>
    </message>
    <message>
        <source>Edit cultural exchange</source>
        <translation>Edit cultural exchange</translation>
    </message>
    <message>
        <source>Delete cultural exchange</source>
        <translation>Delete cultural exchange</translation>
    </message>
    <message>
        <source>Cultural exchange deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Cultural exchange deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::FacilitationWindow</name>
    <message>
        <source>Run retro</source>
        <translation>Run retro</translation>
    </message>
    <message>
        <source>This retro is published: it can no longer be run, only translated.</source>
        <translation>This retro is published: it can no longer be run, only translated.</translation>
    </message>
    <message>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+Page Down / Ctrl+Page Up</translation>
    </message>
    <message>
        <source>next phase / previous phase</source>
        <translation>next phase / previous phase</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>start or pause the timer</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>one more minute</source>
        <translation>one more minute</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>show or hide the room&apos;s view</source>
        <translation>show or hide the room&apos;s view</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>undo / redo</translation>
    </message>
    <message>
        <source>Tab, arrows</source>
        <translation>Tab, arrows</translation>
    </message>
    <message>
        <source>next field, next answer</source>
        <translation>next field, next answer</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1, Ctrl+2, Ctrl+3</translation>
    </message>
    <message>
        <source>check-in: done, carried over, dropped</source>
        <translation>check-in: done, carried over, dropped</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3, Enter</source>
        <translation>Alt+1, Alt+2, Alt+3, Enter</translation>
    </message>
    <message>
        <source>write: choose the question, save the answer</source>
        <translation>write: choose the question, save the answer</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>reveal: translate this answer</source>
        <translation>reveal: translate this answer</translation>
    </message>
    <message>
        <source>Ctrl+G / Ctrl+Shift+G</source>
        <translation>Ctrl+G / Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>group: make a theme of the selected answers / take them out</source>
        <translation>group: make a theme of the selected answers / take them out</translation>
    </message>
    <message>
        <source>+ / −, Ctrl+Enter</source>
        <translation>+ / −, Ctrl+Enter</translation>
    </message>
    <message>
        <source>vote: give or take back a vote, close or reopen the vote</source>
        <translation>vote: give or take back a vote, close or reopen the vote</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>discuss: save the item&apos;s note</source>
        <translation>discuss: save the item&apos;s note</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>actions: add the action</source>
        <translation>actions: add the action</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>close: publish</source>
        <translation>close: publish</translation>
    </message>
    <message>
        <source>F1, Esc</source>
        <translation>F1, Esc</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>this help</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>leave facilitation (everything is already saved)</source>
        <translation>leave facilitation (everything is already saved)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Retro — the room&apos;s view</source>
        <translation>Retro — the room&apos;s view</translation>
    </message>
    <message>
        <source>%1 retro · %2</source>
        <translation>%1 retro · %2</translation>
    </message>
    <message>
        <source>anonymous answers welcome</source>
        <translation>anonymous answers welcome</translation>
    </message>
    <message>
        <source>named answers only</source>
        <translation>named answers only</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>time is up</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(paused)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>compare this quarter with the three before it</source>
        <translation>compare this quarter with the three before it</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the retro report, at any phase</source>
        <translation>export the retro report, at any phase</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>check-in: begin or end a moment of silence (one minute, its own timer)</source>
        <translation>check-in: begin or end a moment of silence (one minute, its own timer)</translation>
    </message>
    <message>
        <source>a moment of silence</source>
        <translation>a moment of silence</translation>
    </message>
    <message>
        <source>A moment of silence</source>
        <translation>A moment of silence</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FieldEdit</name>
    <message>
        <source>Translate this</source>
        <translation>Translate this</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Not written yet</translation>
    </message>
    <message>
        <source>Missing in %1 — translate this</source>
        <translation>Missing in %1 — translate this</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Translation status of %1 in %2</source>
        <translation>Translation status of %1 in %2</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — missing</translation>
    </message>
    <message>
        <source>Apertium did not know these words: %1</source>
        <translation>Apertium did not know these words: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FireDrillEditor</name>
    <message>
        <source>Kind of drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners in the drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols the drill tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished">&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished">&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">&amp;Partners:</translation>
    </message>
    <message>
        <source>Pro&amp;tocols tested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New fire drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Suspend communication for a week to see if local nodes can sustain contact through alternative means. Swap representative roles to expose dependency on individual personalities.” Record a drill once it has been run: at least two partners, and what held or what broke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drill ends (%1) before it begins (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fire drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit fire drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire drill recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete fire drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire drill deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::FulfilmentPicker</name>
    <message>
        <source>⁨%1⁩ on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ritual occurrence this record fulfils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but not linked to the ritual: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::GroupPanel</name>
    <message>
        <source>Tags, separated by commas; Ctrl+G groups the selected answers with them</source>
        <translation>Tags, separated by commas; Ctrl+G groups the selected answers with them</translation>
    </message>
    <message>
        <source>Theme %1 (%2): %3</source>
        <translation>Theme %1 (%2): %3</translation>
    </message>
    <message>
        <source>Move answers</source>
        <translation>Move answers</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportFilePage</name>
    <message>
        <source>UTF-16 little-endian, with a byte-order mark</source>
        <translation>UTF-16 little-endian, with a byte-order mark</translation>
    </message>
    <message>
        <source>UTF-16 little-endian, without a byte-order mark</source>
        <translation>UTF-16 little-endian, without a byte-order mark</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, with a byte-order mark</source>
        <translation>UTF-16 big-endian, with a byte-order mark</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, without a byte-order mark</source>
        <translation>UTF-16 big-endian, without a byte-order mark</translation>
    </message>
    <message>
        <source>UTF-8, with a byte-order mark</source>
        <translation>UTF-8, with a byte-order mark</translation>
    </message>
    <message>
        <source>UTF-8, without a byte-order mark</source>
        <translation>UTF-8, without a byte-order mark</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertical bar ( | )</translation>
    </message>
    <message>
        <source>The character %1</source>
        <translation>The character %1</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet: any delimiter, UTF-8 or UTF-16. Nothing is imported before the last step.</source>
        <translation>A CSV file from a spreadsheet: any delimiter, UTF-8 or UTF-16. Nothing is imported before the last step.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>Browse for the CSV file</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem with the file</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>Decimal separator</translation>
    </message>
    <message>
        <source>1,234.50 — decimal point, comma between thousands</source>
        <translation>1,234.50 — decimal point, comma between thousands</translation>
    </message>
    <message>
        <source>1.234,50 — decimal comma, point between thousands</source>
        <translation>1.234,50 — decimal comma, point between thousands</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>ISO only: %1</source>
        <translation>ISO only: %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2), or ISO</source>
        <translation>%1 (e.g. %2), or ISO</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <translation>Detected delimiter:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>First row:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>De&amp;cimal separator:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>Da&amp;tes:</translation>
    </message>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Import ledger from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV files (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>%1 (chosen below)</source>
        <translation>%1 (chosen below)</translation>
    </message>
    <message>
        <source>names the fields (date, from, to, kind, …): the columns map themselves</source>
        <translation>names the fields (date, from, to, kind, …): the columns map themselves</translation>
    </message>
    <message>
        <source>is a header that does not name every required field: choose the columns on the next page</source>
        <translation>is a header that does not name every required field: choose the columns on the next page</translation>
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
        <translation>From (giving partner)</translation>
    </message>
    <message>
        <source>To (receiving partner)</source>
        <translation>To (receiving partner)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>Narrative language</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Map the columns</translation>
    </message>
    <message>
        <source>Choose the column that holds each field; fields marked * are required. The preview shows the first %1 rows as they would be imported.</source>
        <translation>Choose the column that holds each field; fields marked * are required. The preview shows the first %1 rows as they would be imported.</translation>
    </message>
    <message>
        <source>Column for %1 (required)</source>
        <translation>Column for %1 (required)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Column for %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.</source>
        <translation>First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them dated inside an agreed pause: the import asks about them first.</source>
        <translation>
            <numerusform>%Ln of them dated inside an agreed pause: the import asks about it first.</numerusform>
            <numerusform>%Ln of them dated inside an agreed pause: the import asks about them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Names in the file that match no partner, in any script or spelling. No partner is created unless you confirm it here.</source>
        <translation>Names in the file that match no partner, in any script or spelling. No partner is created unless you confirm it here.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Names that match no partner</source>
        <translation>Names that match no partner</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>First line</translation>
    </message>
    <message>
        <source>Import its rows as</source>
        <translation>Import its rows as</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>Every partner named in the file (%L1 rows) matches a partner.</source>
        <translation>Every partner named in the file (%L1 rows) matches a partner.</translation>
    </message>
    <message>
        <source>%L1 names match no partner. Rows that name one are rejected unless you choose a partner for it or confirm a new one.</source>
        <translation>%L1 names match no partner. Rows that name one are rejected unless you choose a partner for it or confirm a new one.</translation>
    </message>
    <message>
        <source>Import the rows of %1 as</source>
        <translation>Import the rows of %1 as</translation>
    </message>
    <message>
        <source>Leave its rows out (they are rejected)</source>
        <translation>Leave its rows out (they are rejected)</translation>
    </message>
    <message>
        <source>A new partner named “%1” (confirm)</source>
        <translation>A new partner named “%1” (confirm)</translation>
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
        <translation>rejected</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>ok, inside an agreed pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>The whole file is imported in one step: stopping leaves the ledger exactly as it was.</source>
        <translation>The whole file is imported in one step: stopping leaves the ledger exactly as it was.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;Stop import</translation>
    </message>
    <message>
        <source>Stop the import and save nothing</source>
        <translation>Stop the import and save nothing</translation>
    </message>
    <message>
        <source>Importing… %L1 of %L2 rows read.</source>
        <translation>Importing… %L1 of %L2 rows read.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the ledger is as it was.</source>
        <translation>The import was stopped. Nothing was saved: the ledger is as it was.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>The import failed and nothing was saved: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 rest from %3 to %4 (lines %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation type="unfinished">Inside an agreed pause</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of this file are dated inside a pause their partners agreed. A pause is rest, not abandonment: record them anyway, or leave them out of this import?</source>
        <translation>
            <numerusform>%Ln row of this file is dated inside a pause its partners agreed. A pause is rest, not abandonment: record it anyway, or leave it out of this import?</numerusform>
            <numerusform>%Ln rows of this file are dated inside a pause their partners agreed. A pause is rest, not abandonment: record them anyway, or leave them out of this import?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are dated inside an agreed pause.</source>
        <translation>
            <numerusform>%Ln row is dated inside an agreed pause.</numerusform>
            <numerusform>%Ln rows are dated inside an agreed pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %Ln row(s) are dated inside an agreed pause. Import the file again to record them or leave them out.</source>
        <translation>
            <numerusform>Nothing was saved: %Ln row is dated inside an agreed pause. Import the file again to record it or leave it out.</numerusform>
            <numerusform>Nothing was saved: %Ln rows are dated inside an agreed pause. Import the file again to record them or leave them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>The import is saved. Every row of the file is counted once below.</source>
        <translation>The import is saved. Every row of the file is counted once below.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Rows read:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <source>Duplicates skipped (imported before):</source>
        <translation>Duplicates skipped (imported before):</translation>
    </message>
    <message>
        <source>Partners created:</source>
        <translation>Partners created:</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>Save the rejected rows to a CSV file</source>
        <translation>Save the rejected rows to a CSV file</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.</source>
        <translation>%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No row was rejected.</translation>
    </message>
    <message>
        <source>Each rejected row can be saved with its line number, the reason and its original text, to correct and import again.</source>
        <translation>Each rejected row can be saved with its line number, the reason and its original text, to correct and import again.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>Cannot save the rejected rows</translation>
    </message>
    <message>
        <source>The rejected rows were saved as %1.</source>
        <translation>The rejected rows were saved as %1.</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates + %L4 left out = %L5 rows read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were left out, as you chose.</source>
        <translation>
            <numerusform>The %Ln row dated inside an agreed pause was left out, as you chose.</numerusform>
            <numerusform>The %Ln rows dated inside an agreed pause were left out, as you chose.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were recorded, as you chose.</source>
        <translation>
            <numerusform>The %Ln row dated inside an agreed pause was recorded, as you chose.</numerusform>
            <numerusform>The %Ln rows dated inside an agreed pause were recorded, as you chose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportWizard</name>
    <message>
        <source>Import ledger from CSV</source>
        <translation>Import ledger from CSV</translation>
    </message>
</context>
<context>
    <name>trellis::gui::IncidentEditor</name>
    <message>
        <source>Occurred on</source>
        <translation>Occurred on</translation>
    </message>
    <message>
        <source>Protocol used</source>
        <translation>Protocol used</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>&amp;Occurred on:</translation>
    </message>
    <message>
        <source>&amp;Protocol used:</source>
        <translation>&amp;Protocol used:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>Protocol %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Incident recorded.</source>
        <translation>Incident recorded.</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <source>Add incident</source>
        <translation>Add incident</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <source>Incident deleted; Undo brings it back.</source>
        <translation>Incident deleted; Undo brings it back.</translation>
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
        <translation>From partner</translation>
    </message>
    <message>
        <source>To partner</source>
        <translation>To partner</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>Kind of contribution</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>exact, e.g. %1</source>
        <translation>exact, e.g. %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>&amp;Post when saved (final: corrected only by a reversing entry)</source>
        <translation>&amp;Post when saved (final: corrected only by a reversing entry)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>posted ✓</source>
        <translation>posted ✓</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>reverses entry %1</source>
        <translation>reverses entry %1</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>New ledger entry</translation>
    </message>
    <message>
        <source>Ledger entry %1</source>
        <translation>Ledger entry %1</translation>
    </message>
    <message>
        <source>Type the quantity, or choose “%1” for a narrative-only entry</source>
        <translation>Type the quantity, or choose “%1” for a narrative-only entry</translation>
    </message>
    <message>
        <source>Choose the unit of the quantity</source>
        <translation>Choose the unit of the quantity</translation>
    </message>
    <message>
        <source>Entry %1 posted. Posted entries are final: use Correct… to reverse one.</source>
        <translation>Entry %1 posted. Posted entries are final: use Correct… to reverse one.</translation>
    </message>
    <message>
        <source>Record ledger entry</source>
        <translation>Record ledger entry</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>Edit ledger entry</translation>
    </message>
    <message>
        <source>Delete draft entry</source>
        <translation>Delete draft entry</translation>
    </message>
    <message>
        <source>Only a posted entry that is not itself a reversal can be corrected.</source>
        <translation>Only a posted entry that is not itself a reversal can be corrected.</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>Correct this entry</translation>
    </message>
    <message>
        <source>Trellis will post a reversing entry that cancels entry %1, then open a new entry with its values for you to correct. Continue?</source>
        <translation>Trellis will post a reversing entry that cancels entry %1, then open a new entry with its values for you to correct. Continue?</translation>
    </message>
    <message>
        <source>Entry %1 was reversed by entry %2. Correct the values below and save the new entry.</source>
        <translation>Entry %1 was reversed by entry %2. Correct the values below and save the new entry.</translation>
    </message>
    <message>
        <source>reversed by entry %1</source>
        <translation>reversed by entry %1</translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2: an entry is reversed only once.</source>
        <translation>Entry %1 was already reversed by entry %2: an entry is reversed only once.</translation>
    </message>
    <message>
        <source>Translate ledger entry</source>
        <translation>Translate ledger entry</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>Inside an agreed pause</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not abandonment. Record this entry dated %6 anyway?</source>
        <translation>%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not abandonment. Record this entry dated %6 anyway?</translation>
    </message>
    <message>
        <source>Not saved: the entry is dated inside the partners&apos; agreed pause. Change its day, or save again and confirm.</source>
        <translation>Not saved: the entry is dated inside the partners&apos; agreed pause. Change its day, or save again and confirm.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerFilterBar</name>
    <message>
        <source>Any partner</source>
        <translation>Any partner</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>Filter by partner</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>from any date</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>to any date</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>Drafts and posted</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>With any partner</source>
        <translation>With any partner</translation>
    </message>
    <message>
        <source>Filter by the other partner</source>
        <translation>Filter by the other partner</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerListModel</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>Missing in %1; shown in its original language (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>S&amp;wap language pair</source>
        <translation>S&amp;wap language pair</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>Re&amp;tro</source>
        <translation>Re&amp;tro</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>&amp;About Trellis</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Pair:</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>First language of the pair</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>Second language of the pair</translation>
    </message>
    <message>
        <source>Swap the language pair (Ctrl+L)</source>
        <translation>Swap the language pair (Ctrl+L)</translation>
    </message>
    <message>
        <source>Swap the language pair</source>
        <translation>Swap the language pair</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>The last session ended with unsaved changes in %1. Recover them?</source>
        <translation>The last session ended with unsaved changes in %1. Recover them?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find in all records…</source>
        <translation>&amp;Find in all records…</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>&amp;Edit record</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>New record in the current section (Ctrl+N)</source>
        <translation>New record in the current section (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;New retro</source>
        <translation>&amp;New retro</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>&amp;Check the workspace</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;New workspace…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Open &amp;demo alliance</source>
        <translation>Open &amp;demo alliance</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Workspace &amp;properties…</source>
        <translation>Workspace &amp;properties…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)</source>
        <translation>Search all records (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>Search all records</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>New workspace</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis)</source>
        <translation>Trellis workspaces (*.trellis)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>Cannot create the workspace</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis);;All files (*)</source>
        <translation>Trellis workspaces (*.trellis);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot write the demo alliance</source>
        <translation>Cannot write the demo alliance</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>A copy was saved as %1</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>Workspace check</translation>
    </message>
    <message>
        <source>The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an unbroken chain.</source>
        <translation>The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an unbroken chain.</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>&amp;Import ledger from CSV…</source>
        <translation>&amp;Import ledger from CSV…</translation>
    </message>
    <message>
        <source>The ledger import has finished.</source>
        <translation>The ledger import has finished.</translation>
    </message>
    <message>
        <source>%1 is open in another Trellis window, which was brought forward.</source>
        <translation>%1 is open in another Trellis window, which was brought forward.</translation>
    </message>
    <message>
        <source>Reverse this posted entry and record a corrected one (Ctrl+Shift+C)</source>
        <translation>Reverse this posted entry and record a corrected one (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative &amp;crossovers…</source>
        <translation>Narrative &amp;crossovers…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::PairFlowChart</name>
    <message>
        <source>Flows of the pair over time</source>
        <translation>Flows of the pair over time</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>Choose a cell of the matrix to see the pair&apos;s flows over time.</translation>
    </message>
    <message>
        <source>No flows in %1 between these partners in this period.</source>
        <translation>No flows in %1 between these partners in this period.</translation>
    </message>
    <message>
        <source>⁨%1⁩ → ⁨%2⁩</source>
        <translation>⁨%1⁩ → ⁨%2⁩</translation>
    </message>
    <message>
        <source>Flows per month, in %1</source>
        <translation>Flows per month, in %1</translation>
    </message>
    <message>
        <source>Flows per quarter, in %1</source>
        <translation>Flows per quarter, in %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerEditor</name>
    <message>
        <source>Kind of partner</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>two letters, e.g. LK</source>
        <translation>two letters, e.g. LK</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>language tags, e.g. fa, en</source>
        <translation>language tags, e.g. fa, en</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>e.g. fa-IR-u-ca-persian</source>
        <translation>e.g. fa-IR-u-ca-persian</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>e.g. Asia/Tehran</source>
        <translation>e.g. Asia/Tehran</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>derived from the name when left empty</source>
        <translation>derived from the name when left empty</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>Co&amp;untry:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Languages:</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>L&amp;ocale:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Latin &amp;name:</source>
        <translation>Latin &amp;name:</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>This name contains characters that can deceive (hidden direction marks, mixed scripts or look-alike letters). Check it before sharing.</source>
        <translation>This name contains characters that can deceive (hidden direction marks, mixed scripts or look-alike letters). Check it before sharing.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Edit partner</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Delete partner</translation>
    </message>
    <message>
        <source>Partner %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Partner %1 deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Our goals, as ⁨%1⁩ paraphrased them</source>
        <translation>Our goals, as ⁨%1⁩ paraphrased them</translation>
    </message>
    <message>
        <source>Translate paraphrase</source>
        <translation>Translate paraphrase</translation>
    </message>
    <message>
        <source>Narrative crossovers with other partners, both ways: %1 (%2)</source>
        <translation>Narrative crossovers with other partners, both ways: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerListModel</name>
    <message>
        <source>No name in %1 yet; shown in its original language (%2)</source>
        <translation>No name in %1 yet; shown in its original language (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>No country</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PauseEditor</name>
    <message>
        <source>One partner</source>
        <translation>One partner</translation>
    </message>
    <message>
        <source>The other partner</source>
        <translation>The other partner</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>First day of the pause</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>Last day of the pause</translation>
    </message>
    <message>
        <source>Day the first partner agreed</source>
        <translation>Day the first partner agreed</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Day the other partner agreed</source>
        <translation>Day the other partner agreed</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>&amp;Between:</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>&amp;And:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>First agreed &amp;on:</source>
        <translation>First agreed &amp;on:</translation>
    </message>
    <message>
        <source>Other agreed o&amp;n:</source>
        <translation>Other agreed o&amp;n:</translation>
    </message>
    <message>
        <source>New pause</source>
        <translation>New pause</translation>
    </message>
    <message>
        <source>Pause from %1 to %2</source>
        <translation>Pause from %1 to %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>“Silence can be strategic if it is mutual and framed as rest rather than abandonment.” Say why the two partners pause; it is agreed once each side&apos;s consent has a day, and a ledger entry between them dated inside it then asks first.</source>
        <translation>“Silence can be strategic if it is mutual and framed as rest rather than abandonment.” Say why the two partners pause; it is agreed once each side&apos;s consent has a day, and a ledger entry between them dated inside it then asks first.</translation>
    </message>
    <message>
        <source>Proposed: it holds once both sides have agreed.</source>
        <translation>Proposed: it holds once both sides have agreed.</translation>
    </message>
    <message>
        <source>Choose the two partners who pause</source>
        <translation>Choose the two partners who pause</translation>
    </message>
    <message>
        <source>Add pause</source>
        <translation>Add pause</translation>
    </message>
    <message>
        <source>Edit pause</source>
        <translation>Edit pause</translation>
    </message>
    <message>
        <source>Delete pause</source>
        <translation>Delete pause</translation>
    </message>
    <message>
        <source>Pause deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Pause deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>The pause ends (%1) before it begins (%2)</source>
        <translation>The pause ends (%1) before it begins (%2)</translation>
    </message>
    <message>
        <source>Consent to a pause is given before it ends (%1), not on %2</source>
        <translation>Consent to a pause is given before it ends (%1), not on %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Interface language:</translation>
    </message>
    <message>
        <source>The new language applies when Trellis starts again.</source>
        <translation>The new language applies when Trellis starts again.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ProtocolEditor</name>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>Add &amp;step</translation>
    </message>
    <message>
        <source>&amp;Review due:</source>
        <translation>&amp;Review due:</translation>
    </message>
    <message>
        <source>New conflict protocol</source>
        <translation>New conflict protocol</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>Protocol saved as version 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>Protocol saved as version %1; earlier versions are kept.</translation>
    </message>
    <message>
        <source>Partner that agrees</source>
        <translation>Partner that agrees</translation>
    </message>
    <message>
        <source>Agreed by (person)</source>
        <translation>Agreed by (person)</translation>
    </message>
    <message>
        <source>who agreed for it</source>
        <translation>who agreed for it</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>Record a&amp;greement</translation>
    </message>
    <message>
        <source>&amp;Agreement of:</source>
        <translation>&amp;Agreement of:</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version</source>
        <translation>Save the protocol first: partners agree to a saved version</translation>
    </message>
    <message>
        <source>Records the agreement to version %1 at once (Undo takes it back)</source>
        <translation>Records the agreement to version %1 at once (Undo takes it back)</translation>
    </message>
    <message numerus="yes">
        <source>Agreed by %n partner(s). Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</source>
        <translation>
            <numerusform>Agreed by %n partner. Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</numerusform>
            <numerusform>Agreed by %n partners. Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version.</source>
        <translation>Save the protocol first: partners agree to a saved version.</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>Record agreement</translation>
    </message>
    <message>
        <source>Agreement recorded.</source>
        <translation>Agreement recorded.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterComparisonView</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Retros held</source>
        <translation>Retros held</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>Answers to</translation>
    </message>
    <message>
        <source>Votes given</source>
        <translation>Votes given</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>Actions agreed</translation>
    </message>
    <message>
        <source>%1 (%2 carried in)</source>
        <translation>%1 (%2 carried in)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>carried over</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Tags: answers (votes)</source>
        <translation>Tags: answers (votes)</translation>
    </message>
    <message>
        <source>%1 — came back in %2 quarters</source>
        <translation>%1 — came back in %2 quarters</translation>
    </message>
    <message>
        <source>No retro was held in these quarters.</source>
        <translation>No retro was held in these quarters.</translation>
    </message>
    <message>
        <source>No tag came back in two quarters of this span.</source>
        <translation>No tag came back in two quarters of this span.</translation>
    </message>
    <message>
        <source>Came back in two quarters or more: %1</source>
        <translation>Came back in two quarters or more: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterFacts</name>
    <message>
        <source>The quarter %1 in the ledger</source>
        <translation>The quarter %1 in the ledger</translation>
    </message>
    <message>
        <source>%1 gave %2 %3</source>
        <translation>%1 gave %2 %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>asymmetry %1</source>
        <translation>asymmetry %1</translation>
    </message>
    <message>
        <source>Persisting: %1 keeps giving more than %2 in %3</source>
        <translation>Persisting: %1 keeps giving more than %2 in %3</translation>
    </message>
    <message>
        <source>Incidents this quarter: %1 · rupture rehearsals: %2</source>
        <translation>Incidents this quarter: %1 · rupture rehearsals: %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuorumPanel</name>
    <message>
        <source>Who paraphrases whom</source>
        <translation>Who paraphrases whom</translation>
    </message>
    <message>
        <source>Paraphrases</source>
        <translation>Paraphrases</translation>
    </message>
    <message>
        <source>the goals of</source>
        <translation>the goals of</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Write paraphrase…</source>
        <translation>&amp;Write paraphrase…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>Ac&amp;knowledge…</translation>
    </message>
    <message>
        <source>The paraphrased partner says: yes, that is what we mean</source>
        <translation>The paraphrased partner says: yes, that is what we mean</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Send &amp;back…</translation>
    </message>
    <message>
        <source>The paraphrased partner returns the paraphrase with a note</source>
        <translation>The paraphrased partner returns the paraphrase with a note</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <source>The listening quorum is complete: every partner has paraphrased the goals of every other, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>The listening quorum is complete: every partner has paraphrased the goals of every other, each paraphrase is acknowledged, and a cultural exchange is planned.</translation>
    </message>
    <message>
        <source>The goals of %1, in its words (%2)</source>
        <translation>The goals of %1, in its words (%2)</translation>
    </message>
    <message>
        <source>As %1 paraphrased them (%2)</source>
        <translation>As %1 paraphrased them (%2)</translation>
    </message>
    <message>
        <source>%1 has not paraphrased them yet</source>
        <translation>%1 has not paraphrased them yet</translation>
    </message>
    <message>
        <source>Choose who paraphrases whom first</source>
        <translation>Choose who paraphrases whom first</translation>
    </message>
    <message>
        <source>The paraphrase by %1 is saved: %2 can now acknowledge it.</source>
        <translation>The paraphrase by %1 is saved: %2 can now acknowledge it.</translation>
    </message>
    <message>
        <source>There is no paraphrase to acknowledge here</source>
        <translation>There is no paraphrase to acknowledge here</translation>
    </message>
    <message>
        <source>%1 acknowledged the paraphrase of its goals by %2.</source>
        <translation>%1 acknowledged the paraphrase of its goals by %2.</translation>
    </message>
    <message>
        <source>There is no paraphrase to send back here</source>
        <translation>There is no paraphrase to send back here</translation>
    </message>
    <message>
        <source>%1 sent the paraphrase by %2 back.</source>
        <translation>%1 sent the paraphrase by %2 back.</translation>
    </message>
    <message>
        <source>Write paraphrase</source>
        <translation>Write paraphrase</translation>
    </message>
    <message>
        <source>%1 paraphrases in its own language. Which one?</source>
        <translation>%1 paraphrases in its own language. Which one?</translation>
    </message>
    <message>
        <source>The goals of %1, as %2 understands them, in %3:</source>
        <translation>The goals of %1, as %2 understands them, in %3:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Who says, for %1: yes, that is what we mean?</source>
        <translation>Who says, for %1: yes, that is what we mean?</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <source>Who sends it back, for %1?</source>
        <translation>Who sends it back, for %1?</translation>
    </message>
    <message>
        <source>What the paraphrase by %1 misses:</source>
        <translation>What the paraphrase by %1 misses:</translation>
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
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Drop the unsaved changes (Esc)</source>
        <translation>Drop the unsaved changes (Esc)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Unsaved changes recovered from the last session. Save them, or press Esc to drop them.</source>
        <translation>Unsaved changes recovered from the last session. Save them, or press Esc to drop them.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show the record as it is saved now, dropping the changes made here</source>
        <translation>Show the record as it is saved now, dropping the changes made here</translation>
    </message>
    <message>
        <source>This record now shows what was saved most recently.</source>
        <translation>This record now shows what was saved most recently.</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it (another Trellis window or the command line). Your changes cannot be saved to it.</source>
        <translation>Someone else deleted this record while you were editing it (another Trellis window or the command line). Your changes cannot be saved to it.</translation>
    </message>
    <message>
        <source>The record shown was deleted by someone else (another Trellis window or the command line).</source>
        <translation>The record shown was deleted by someone else (another Trellis window or the command line).</translation>
    </message>
    <message>
        <source>Someone else saved this record (another Trellis window or the command line); it now shows their version.</source>
        <translation>Someone else saved this record (another Trellis window or the command line); it now shows their version.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (another Trellis window or the command line). Save will not overwrite their changes: reload to see them, then make yours again.</source>
        <translation>Someone else saved this record while you were editing it (another Trellis window or the command line). Save will not overwrite their changes: reload to see them, then make yours again.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecurrenceForm</name>
    <message>
        <source>Monthly on the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the ritual repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats every how many weeks, months or years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the repeats end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day it may fall on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times it happens, the first included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545 RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>year</numerusform>
            <numerusform>years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <comment>after a count</comment>
        <translation>
            <numerusform> time</numerusform>
            <numerusform> times</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recurrence rule, such as FREQ=MONTHLY;BYDAY=1SA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last day the ritual may fall on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeats end before the ritual&apos;s first date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::RehearsalEditor</name>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>New rupture rehearsal</source>
        <translation>New rupture rehearsal</translation>
    </message>
    <message>
        <source>Rupture rehearsal %1</source>
        <translation>Rupture rehearsal %1</translation>
    </message>
    <message>
        <source>Rehearsal recorded.</source>
        <translation>Rehearsal recorded.</translation>
    </message>
    <message>
        <source>Edit rehearsal</source>
        <translation>Edit rehearsal</translation>
    </message>
    <message>
        <source>Add rehearsal</source>
        <translation>Add rehearsal</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>Delete rehearsal</translation>
    </message>
    <message>
        <source>Rehearsal deleted; Undo brings it back.</source>
        <translation>Rehearsal deleted; Undo brings it back.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::ReportDialog</name>
    <message>
        <source>Export archive</source>
        <translation>Export archive</translation>
    </message>
    <message>
        <source>Ledger review</source>
        <translation>Ledger review</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>Retro report</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>Protocol handbook</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partner directory</translation>
    </message>
    <message>
        <source>all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</source>
        <translation>all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>All partners</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>Not available in this build</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choose two different languages.</translation>
    </message>
    <message>
        <source>Choose a folder for the archive.</source>
        <translation>Choose a folder for the archive.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>%1 export is not available in this build.</source>
        <translation>%1 export is not available in this build.</translation>
    </message>
    <message>
        <source>Preview of the whole report.</source>
        <translation>Preview of the whole report.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n rows.</source>
        <translation>
            <numerusform>Preview of the first %n rows.</numerusform>
            <numerusform>Preview of the first %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Stopped. Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archive folder</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Ledger review…</source>
        <translation>&amp;Ledger review…</translation>
    </message>
    <message>
        <source>&amp;Retro report…</source>
        <translation>&amp;Retro report…</translation>
    </message>
    <message>
        <source>&amp;Protocol handbook…</source>
        <translation>&amp;Protocol handbook…</translation>
    </message>
    <message>
        <source>Partner &amp;directory…</source>
        <translation>Partner &amp;directory…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>Export &amp;archive…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished">&amp;Languages:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cus&amp;todian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished">&amp;Export</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
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
        <translation>Tags</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Answer %1</translation>
    </message>
    <message>
        <source>Votes for answer %1</source>
        <translation>Votes for answer %1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One more vote for answer %1</source>
        <translation>One more vote for answer %1</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>tags, separated by commas</translation>
    </message>
    <message>
        <source>Tags of answer %1</source>
        <translation>Tags of answer %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroEditor</name>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>First language of the retro</source>
        <translation>First language of the retro</translation>
    </message>
    <message>
        <source>Second language of the retro</source>
        <translation>Second language of the retro</translation>
    </message>
    <message>
        <source>Question of the new answer</source>
        <translation>Question of the new answer</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>Add &amp;answer</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Add a&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Held on:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>Language &amp;pair:</source>
        <translation>Language &amp;pair:</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>Answer %1 · %2</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>New retro</translation>
    </message>
    <message>
        <source>Retro %1</source>
        <translation>Retro %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>not published</translation>
    </message>
    <message>
        <source>Answers: %1 · actions: %2</source>
        <translation>Answers: %1 · actions: %2</translation>
    </message>
    <message>
        <source>Add retro</source>
        <translation>Add retro</translation>
    </message>
    <message>
        <source>Edit retro</source>
        <translation>Edit retro</translation>
    </message>
    <message>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublish…</translation>
    </message>
    <message>
        <source>Publish the bilingual record: final, only translations can change afterwards</source>
        <translation>Publish the bilingual record: final, only translations can change afterwards</translation>
    </message>
    <message>
        <source>Votes and tags:</source>
        <translation>Votes and tags:</translation>
    </message>
    <message>
        <source>published %1 ✓</source>
        <translation>published %1 ✓</translation>
    </message>
    <message>
        <source>Published: the answers, votes, tags and actions are final; translations can still be added.</source>
        <translation>Published: the answers, votes, tags and actions are final; translations can still be added.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>Delete retro</translation>
    </message>
    <message>
        <source>Retro deleted; Undo brings it back.</source>
        <translation>Retro deleted; Undo brings it back.</translation>
    </message>
    <message>
        <source>Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags and actions can no longer change, and it cannot be deleted. Translations can still be added.</source>
        <translation>Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags and actions can no longer change, and it cannot be deleted. Translations can still be added.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing in %1</source>
        <translation>
            <numerusform>%n text missing in %1</numerusform>
            <numerusform>%n texts missing in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet bilingual: %1.</source>
        <translation>Not yet bilingual: %1.</translation>
    </message>
    <message>
        <source>Save the retro before publishing it.</source>
        <translation>Save the retro before publishing it.</translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>Publish retro</translation>
    </message>
    <message>
        <source>Published. Only translations can change from now on.</source>
        <translation>Published. Only translations can change from now on.</translation>
    </message>
    <message>
        <source>Retro %1 published.</source>
        <translation>Retro %1 published.</translation>
    </message>
    <message>
        <source>The retro&apos;s pair is the one its room, its reports and its archive use. The columns below follow the toolbar&apos;s pair, so you can translate into any language.</source>
        <translation>The retro&apos;s pair is the one its room, its reports and its archive use. The columns below follow the toolbar&apos;s pair, so you can translate into any language.</translation>
    </message>
    <message>
        <source>Shared risks taken this quarter, for “%1”: %2</source>
        <translation>Shared risks taken this quarter, for “%1”: %2</translation>
    </message>
    <message>
        <source>Shared risks cited:</source>
        <translation>Shared risks cited:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroRiskCitations</name>
    <message>
        <source>Answer that cites</source>
        <translation>Answer that cites</translation>
    </message>
    <message>
        <source>Shared risks cited</source>
        <translation>Shared risks cited</translation>
    </message>
    <message>
        <source>Answer %1 · ⁨%2⁩</source>
        <translation>Answer %1 · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Save an answer to “%1” to cite the shared risks that proved the alliance.</source>
        <translation>Save an answer to “%1” to cite the shared risks that proved the alliance.</translation>
    </message>
    <message>
        <source>No shared risk was recorded in this quarter.</source>
        <translation>No shared risk was recorded in this quarter.</translation>
    </message>
    <message>
        <source>Choose the answer that cites the risk</source>
        <translation>Choose the answer that cites the risk</translation>
    </message>
    <message>
        <source>Cite shared risk</source>
        <translation>Cite shared risk</translation>
    </message>
    <message>
        <source>Withdraw citation</source>
        <translation>Withdraw citation</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroSession</name>
    <message>
        <source>Add answer</source>
        <translation>Add answer</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Answer saved.</translation>
    </message>
    <message>
        <source>Translate answer</source>
        <translation>Translate answer</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>Take a vote back</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Reopen the vote</translation>
    </message>
    <message>
        <source>Group answers</source>
        <translation>Group answers</translation>
    </message>
    <message>
        <source>Move answer</source>
        <translation>Move answer</translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation>Tag theme</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>Local update</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>Action saved.</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <source>Change the vote rules</source>
        <translation>Change the vote rules</translation>
    </message>
    <message>
        <source>Each participant now has %1 votes, at most %2 on one answer.</source>
        <translation>Each participant now has %1 votes, at most %2 on one answer.</translation>
    </message>
    <message>
        <source>Welcome anonymous answers</source>
        <translation>Welcome anonymous answers</translation>
    </message>
    <message>
        <source>Take named answers only</source>
        <translation>Take named answers only</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome.</source>
        <translation>Anonymous answers are welcome.</translation>
    </message>
    <message>
        <source>Answers are named from now on.</source>
        <translation>Answers are named from now on.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>Review action</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RevealPanel</name>
    <message>
        <source>The answer in %1; Enter saves, Esc leaves it</source>
        <translation>The answer in %1; Enter saves, Esc leaves it</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RitualEditor</name>
    <message>
        <source>Kind of ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time on the organizer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners who take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished">&amp;Partners:</translation>
    </message>
    <message>
        <source>New ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Set quarterly listening circles, rotate caretaking duties, and schedule pauses between collaborations.” A ritual at a set time is held at one moment on the organizer&apos;s clock; the calendar shows it on each partner&apos;s. File ▸ Export calendar… hands the rituals to calendar apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none while the date, time or rule is not complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ritual deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
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
        <translation>Search results</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>Nothing found. Any three letters of a word find it, in any script.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>%n record found</numerusform>
            <numerusform>%n records found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::SectionPage</name>
    <message>
        <source>%1 list</source>
        <translation>%1 list</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before leaving it?</source>
        <translation>This record has unsaved changes. Save them before leaving it?</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedFile</name>
    <message>
        <source>Read-only: this workspace contains database objects Trellis did not write. You can read, search and export, but not save.</source>
        <translation>Read-only: this workspace contains database objects Trellis did not write. You can read, search and export, but not save.</translation>
    </message>
    <message>
        <source>Read-only: you do not have permission to change this file. You can read, search and export, but not save.</source>
        <translation>Read-only: you do not have permission to change this file. You can read, search and export, but not save.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedRiskEditor</name>
    <message>
        <source>Taken on</source>
        <translation>Taken on</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Borne by</translation>
    </message>
    <message>
        <source>Each partner checked bore a part of the risk and gets a field for it below</source>
        <translation>Each partner checked bore a part of the risk and gets a field for it below</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>Ledger entries</translation>
    </message>
    <message>
        <source>entry numbers, e.g. %1</source>
        <translation>entry numbers, e.g. %1</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>&amp;Taken on:</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>&amp;Borne by:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpaigns:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidents:</translation>
    </message>
    <message>
        <source>Ledger &amp;entries:</source>
        <translation>Ledger &amp;entries:</translation>
    </message>
    <message>
        <source>Part borne by ⁨%1⁩</source>
        <translation>Part borne by ⁨%1⁩</translation>
    </message>
    <message>
        <source>New shared risk</source>
        <translation>New shared risk</translation>
    </message>
    <message>
        <source>A risk the partners took together, and the part each bore. The retro&apos;s third question (which shared risk proved our alliance?) can cite it.</source>
        <translation>A risk the partners took together, and the part each bore. The retro&apos;s third question (which shared risk proved our alliance?) can cite it.</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n answer(s) to the retro&apos;s third question.</source>
        <translation>
            <numerusform>Cited by %n answer to the retro&apos;s third question.</numerusform>
            <numerusform>Cited by %n answers to the retro&apos;s third question.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a ledger entry number</source>
        <translation>“%1” is not a ledger entry number</translation>
    </message>
    <message>
        <source>Add shared risk</source>
        <translation>Add shared risk</translation>
    </message>
    <message>
        <source>Edit shared risk</source>
        <translation>Edit shared risk</translation>
    </message>
    <message>
        <source>Delete shared risk</source>
        <translation>Delete shared risk</translation>
    </message>
    <message>
        <source>Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.</source>
        <translation>Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.</translation>
    </message>
    <message>
        <source>Shared risk deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Shared risk deleted. Undo (Ctrl+Z) brings it back.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2 · %3 %4</source>
        <translation>Comprehension parity: %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TextColumn</name>
    <message>
        <source>Language of the first column</source>
        <translation>Language of the first column</translation>
    </message>
    <message>
        <source>Language of the second column</source>
        <translation>Language of the second column</translation>
    </message>
    <message>
        <source>The date in this language&apos;s calendar</source>
        <translation>The date in this language&apos;s calendar</translation>
    </message>
    <message>
        <source>parity %1</source>
        <translation>parity %1</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>Comprehension parity: %1 of %2 written texts are readable in this language</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueModel</name>
    <message>
        <source>%1 · settled</source>
        <translation>%1 · settled</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Original in</source>
        <translation>Original in</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueView</name>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Into:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Original in:</source>
        <translation>&amp;Original in:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Fields waiting for a translation</source>
        <translation>Fields waiting for a translation</translation>
    </message>
    <message>
        <source>Open field</source>
        <translation>Open field</translation>
    </message>
    <message>
        <source>Open the field beside its original (Enter); F8 goes on to the next one</source>
        <translation>Open the field beside its original (Enter); F8 goes on to the next one</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>Draft with &amp;Apertium…</translation>
    </message>
    <message>
        <source>Fill the selected missing fields (or the whole queue) with Apertium&apos;s offline machine translation, marked as machine drafts for review</source>
        <translation>Fill the selected missing fields (or the whole queue) with Apertium&apos;s offline machine translation, marked as machine drafts for review</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>any language</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>all records</translation>
    </message>
    <message>
        <source>missing or machine draft</source>
        <translation>missing or machine draft</translation>
    </message>
    <message>
        <source>Nothing waits for a translation into %1.</source>
        <translation>Nothing waits for a translation into %1.</translation>
    </message>
    <message>
        <source>%1 fields wait for a translation into %2.</source>
        <translation>%1 fields wait for a translation into %2.</translation>
    </message>
    <message>
        <source>That was the last field waiting for a translation into %1.</source>
        <translation>That was the last field waiting for a translation into %1.</translation>
    </message>
    <message>
        <source>No missing field to draft: machine drafts wait for a person&apos;s review.</source>
        <translation>No missing field to draft: machine drafts wait for a person&apos;s review.</translation>
    </message>
    <message numerus="yes">
        <source>Draft the %n selected missing field(s) into %1 with Apertium?</source>
        <translation>
            <numerusform>Draft the %n selected missing field into %1 with Apertium?</numerusform>
            <numerusform>Draft the %n selected missing fields into %1 with Apertium?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft all %n missing field(s) of the queue into %1 with Apertium?</source>
        <translation>
            <numerusform>Draft all %n missing field of the queue into %1 with Apertium?</numerusform>
            <numerusform>Draft all %n missing fields of the queue into %1 with Apertium?</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft with Apertium</source>
        <translation>Draft with Apertium</translation>
    </message>
    <message>
        <source>Drafts are marked machine: they do not count as readable until a person edits or reviews them.</source>
        <translation>Drafts are marked machine: they do not count as readable until a person edits or reviews them.</translation>
    </message>
    <message>
        <source>Apertium is drafting into %1…</source>
        <translation>Apertium is drafting into %1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Apertium is drafting…</source>
        <translation>Apertium is drafting…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) drafted by Apertium, marked machine for review.</source>
        <translation>
            <numerusform>%n field drafted by Apertium, marked machine for review.</numerusform>
            <numerusform>%n fields drafted by Apertium, marked machine for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apertium drafted %n field(s).</source>
        <translation>
            <numerusform>Apertium drafted %n field.</numerusform>
            <numerusform>Apertium drafted %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::UnknownWordMarks</name>
    <message>
        <source>Apertium did not know this word</source>
        <translation>Apertium did not know this word</translation>
    </message>
</context>
<context>
    <name>trellis::gui::VotePanel</name>
    <message>
        <source>&amp;Voter:</source>
        <translation>&amp;Voter:</translation>
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
        <translation>Voting: tallies are shown when the vote closes.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in all</source>
        <translation>
            <numerusform>%n vote in all</numerusform>
            <numerusform>%n votes in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of this voter&apos;s votes</source>
        <translation>
            <numerusform>%n of this voter&apos;s votes</numerusform>
            <numerusform>%n of this voter&apos;s votes</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote is closed (Ctrl+Enter reopens it).</source>
        <translation>The vote is closed (Ctrl+Enter reopens it).</translation>
    </message>
    <message>
        <source>%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, Ctrl+Enter closes the vote.</source>
        <translation>%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, Ctrl+Enter closes the vote.</translation>
    </message>
    <message>
        <source>Votes &amp;each participant has:</source>
        <translation>Votes &amp;each participant has:</translation>
    </message>
    <message>
        <source>At &amp;most on one answer:</source>
        <translation>At &amp;most on one answer:</translation>
    </message>
    <message>
        <source>Each participant has %1 votes, at most %2 on one answer.</source>
        <translation>Each participant has %1 votes, at most %2 on one answer.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WelcomePage</name>
    <message>
        <source>Welcome to Trellis</source>
        <translation>Welcome to Trellis</translation>
    </message>
    <message>
        <source>This workspace is empty. It will keep your alliance&apos;s partners, its reciprocity ledger, its retros and its conflict protocols, each in two languages side by side. Begin in one of four ways:</source>
        <translation>This workspace is empty. It will keep your alliance&apos;s partners, its reciprocity ledger, its retros and its conflict protocols, each in two languages side by side. Begin in one of four ways:</translation>
    </message>
    <message>
        <source>1  Name the alliance and its working languages</source>
        <translation>1  Name the alliance and its working languages</translation>
    </message>
    <message>
        <source>The languages its partners read and write, in order; any two of them sit side by side.</source>
        <translation>The languages its partners read and write, in order; any two of them sit side by side.</translation>
    </message>
    <message>
        <source>2  Add the first partner</source>
        <translation>2  Add the first partner</translation>
    </message>
    <message>
        <source>A movement, union, collective or envoy, named in its own script.</source>
        <translation>A movement, union, collective or envoy, named in its own script.</translation>
    </message>
    <message>
        <source>3  Open the demo alliance</source>
        <translation>3  Open the demo alliance</translation>
    </message>
    <message>
        <source>Eleven partners, each writing in its own script, with a ledger and retros, to look around first.</source>
        <translation>Eleven partners, each writing in its own script, with a ledger and retros, to look around first.</translation>
    </message>
    <message>
        <source>4  Import a spreadsheet</source>
        <translation>4  Import a spreadsheet</translation>
    </message>
    <message>
        <source>The ledger you kept until now, from a CSV file; its partners are created as you confirm them.</source>
        <translation>The ledger you kept until now, from a CSV file; its partners are created as you confirm them.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <source>Working languages now: %1. Change them, and give the alliance its name.</source>
        <translation>Working languages now: %1. Change them, and give the alliance its name.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspacePropertiesDialog</name>
    <message>
        <source>Workspace properties</source>
        <translation>Workspace properties</translation>
    </message>
    <message>
        <source>Language tags in order, separated by commas, e.g. fa, es, en</source>
        <translation>Language tags in order, separated by commas, e.g. fa, es, en</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217, e.g. EUR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>&amp;Working languages:</translation>
    </message>
    <message>
        <source>&amp;Home partner:</source>
        <translation>&amp;Home partner:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>Default &amp;currency:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspaceStatus</name>
    <message>
        <source>· no automatic backup yet</source>
        <translation>· no automatic backup yet</translation>
    </message>
    <message>
        <source>· last backup %1</source>
        <translation>· last backup %1</translation>
    </message>
    <message>
        <source>· parity: counting…</source>
        <translation>· parity: counting…</translation>
    </message>
    <message>
        <source>· parity %1</source>
        <translation>· parity %1</translation>
    </message>
    <message>
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language. Click a language to see what waits for a translation into it.</source>
        <translation>Comprehension parity: the share of the workspace&apos;s texts readable in each working language. Click a language to see what waits for a translation into it.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WritePanel</name>
    <message>
        <source>What felt extractive?</source>
        <translation>What felt extractive?</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>What felt transformative?</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>Which shared risk proved our alliance?</translation>
    </message>
    <message>
        <source>The answer as it is said; Enter saves it</source>
        <translation>The answer as it is said; Enter saves it</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>A&amp;nswer:</translation>
    </message>
    <message>
        <source>Anonymous (no author is kept)</source>
        <translation>Anonymous (no author is kept)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written, hidden until Reveal</source>
        <translation>
            <numerusform>%n answer written, hidden until Reveal</numerusform>
            <numerusform>%n answers written, hidden until Reveal</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous answers &amp;welcome (no author is kept for them)</source>
        <translation>Anonymous answers &amp;welcome (no author is kept for them)</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome: no author is kept for them.</source>
        <translation>Anonymous answers are welcome: no author is kept for them.</translation>
    </message>
    <message>
        <source>Answers are named in this retro.</source>
        <translation>Answers are named in this retro.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffExportDialog</name>
    <message>
        <source>Export for translation (XLIFF)</source>
        <translation>Export for translation (XLIFF)</translation>
    </message>
    <message>
        <source>Writes the fields whose original is in one language and that are missing in another as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the translated file with File ▸ Import translations (XLIFF)…</source>
        <translation>Writes the fields whose original is in one language and that are missing in another as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the translated file with File ▸ Import translations (XLIFF)…</translation>
    </message>
    <message>
        <source>&amp;Originals in:</source>
        <translation>&amp;Originals in:</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>&amp;Translate into:</translation>
    </message>
    <message>
        <source>Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)</source>
        <translation>Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)</translation>
    </message>
    <message>
        <source>OmegaT (a copy of the original in each target)</source>
        <translation>OmegaT (a copy of the original in each target)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialect:</translation>
    </message>
    <message>
        <source>Include &amp;machine drafts, for review</source>
        <translation>Include &amp;machine drafts, for review</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>XLIFF files (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>Choose two different languages.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) written to %1.</source>
        <translation>
            <numerusform>%n field written to %1.</numerusform>
            <numerusform>%n fields written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffImportReport</name>
    <message>
        <source>Translations imported</source>
        <translation>Translations imported</translation>
    </message>
    <message>
        <source>%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>Why it was refused</translation>
    </message>
    <message>
        <source>Refused units changed nothing. Export again to translate them from the current originals.</source>
        <translation>Refused units changed nothing. Export again to translate them from the current originals.</translation>
    </message>
</context>
<context>
    <name>trellis::reports::OdtWriter</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>Cannot write the report.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>missing translation</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>machine translation</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>human translation, not reviewed</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>reviewed translation</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Ledger chain</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Chain head (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>no entries posted</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Entries covered</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verify with</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Ledger chain head %1… · %2 entries</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>trellis::reports::PdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>machine translation</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>human translation, not reviewed</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>reviewed translation</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation>The export was stopped; nothing was written.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>missing translation</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>Ledger chain</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>Chain head (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>no entries posted</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>Entries covered</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>Verify with</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>Ledger chain head %1… · %2 entries</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved. The log names the cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
