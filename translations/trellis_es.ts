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
        <source>Section to show: partners, ledger, retros, protocols, incidents, rehearsals.</source>
        <translation>Sección que mostrar: partners, ledger, retros, protocols, incidents, rehearsals.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>Registrar mensajes de depuración (solo identificadores) en la terminal y el archivo de registro.</translation>
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
        <source>Reverse this posted entry and record a corrected one</source>
        <translation>Anular este asiento asentado y registrar uno corregido</translation>
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
        <source>Agreed by %1 partner(s). Saving a change records version %2; earlier versions are kept.</source>
        <translation>Acordado por %1 aliada(s). Guardar un cambio registra la versión %2; las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>Protocolo guardado como versión 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>Protocolo guardado como versión %1; las versiones anteriores se conservan.</translation>
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
        <translation>&amp;Facilitadora:</translation>
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
        <source>published ✓</source>
        <translation>publicada ✓</translation>
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
        <source>Retro deleted.</source>
        <translation>Retro eliminada.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SearchPanel</name>
    <message>
        <source>Partner</source>
        <translation>Aliada</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <source>Retro</source>
        <translation>Retro</translation>
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
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>Nada encontrado. Tres letras cualesquiera de una palabra la encuentran, en cualquier escritura.</translation>
    </message>
    <message>
        <source>%1 records found</source>
        <translation>%1 registros encontrados</translation>
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
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2% · %3 %4%</source>
        <translation>Paridad de comprensión: %1 %2% · %3 %4%</translation>
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
        <source>parity %1%</source>
        <translation>paridad %1%</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>Paridad de comprensión: %1 de %2 textos escritos se pueden leer en este idioma</translation>
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
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language</source>
        <translation>Paridad de comprensión: la proporción de textos del espacio de trabajo que se pueden leer en cada idioma de trabajo</translation>
    </message>
</context>
</TS>
