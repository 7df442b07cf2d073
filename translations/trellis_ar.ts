<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Application</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Funds</source>
        <translation>أموال</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>استضافة</translation>
    </message>
    <message>
        <source>Emotional labour</source>
        <translation>عمل عاطفي</translation>
    </message>
    <message>
        <source>Cultural labour</source>
        <translation>عمل ثقافي</translation>
    </message>
    <message>
        <source>Contextualising news</source>
        <translation>وضع الأخبار في سياقها</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>مواد</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>خبرة</translation>
    </message>
    <message>
        <source>Moral leadership</source>
        <translation>قيادة أخلاقية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>حركة</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>نقابة</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>تجمّع</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>مبعوث</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>مسودة آلية</translation>
    </message>
    <message>
        <source>human</source>
        <translation>بشرية</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مراجَعة</translation>
    </message>
    <message>
        <source>original</source>
        <translation>أصلية</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>عكس</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>مُرحَّل</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>What felt extractive?</source>
        <translation>ما الذي بدا استغلاليًا؟</translation>
    </message>
    <message>
        <source>What felt transformative?</source>
        <translation>ما الذي بدا تحويليًا؟</translation>
    </message>
    <message>
        <source>Which shared risk proved our alliance?</source>
        <translation>أي خطر مشترك أثبت تحالفنا؟</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>الأهداف بكلماته</translation>
    </message>
    <message>
        <source>Contact notes (sensitive)</source>
        <translation>ملاحظات الاتصال (حساسة)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>المحفّزات</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>الإجابة %1</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>الإجراء %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>What it taught</source>
        <translation>ما الذي علّمه</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>بلا كمية</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>صفحات</translation>
    </message>
    <message>
        <source>nights</source>
        <translation>ليالٍ</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Trellis — the slow-solidarity workbench</source>
        <translation>Trellis — منضدة عمل التضامن البطيء</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>افتح مساحة العمل FILE.</translation>
    </message>
    <message>
        <source>Save the main window as FILE.png once loaded, then exit.</source>
        <translation>احفظ النافذة الرئيسية بصيغة FILE.png بعد تحميلها ثم اخرج.</translation>
    </message>
    <message>
        <source>User-interface language (en, es, fr, ar, pt).</source>
        <translation>لغة الواجهة (en, es, fr, ar, pt).</translation>
    </message>
    <message>
        <source>The side-by-side language pair, e.g. fa,es.</source>
        <translation>زوج اللغات جنبًا إلى جنب، مثل fa,es.</translation>
    </message>
    <message>
        <source>Section to show: partners, ledger, retros, protocols, incidents, rehearsals.</source>
        <translation>القسم المعروض: partners, ledger, retros, protocols, incidents, rehearsals.</translation>
    </message>
    <message>
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>سجّل رسائل التنقيح (المعرّفات فقط) في الطرفية وملف السجل.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Cannot undo: %1</source>
        <translation>تعذّر التراجع: %1</translation>
    </message>
    <message>
        <source>Cannot redo: %1</source>
        <translation>تعذّرت الإعادة: %1</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>سجل التبادل</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Conflict protocols</source>
        <translation>بروتوكولات النزاع</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Rehearsals</source>
        <translation>تمارين القطيعة</translation>
    </message>
</context>
<context>
    <name>SectionPages</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>ناقص في %1؛ معروض بلغته الأصلية (%2)</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>وقع في</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>This workspace was written by a newer version of Trellis. Update Trellis to open it; this version will not change it.</source>
        <translation>كُتبت مساحة العمل هذه بإصدار أحدث من Trellis. حدّث Trellis لفتحها؛ لن يغيّرها هذا الإصدار.</translation>
    </message>
    <message>
        <source>This workspace file is damaged, so Trellis will not open it as it is.</source>
        <translation>ملف مساحة العمل هذا تالف، لذا لن يفتحه Trellis كما هو.</translation>
    </message>
    <message>
        <source>This file is not a Trellis workspace.</source>
        <translation>هذا الملف ليس مساحة عمل Trellis.</translation>
    </message>
    <message>
        <source>Another program is holding this workspace. Close it and try again.</source>
        <translation>برنامج آخر يستخدم مساحة العمل هذه. أغلقه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Trellis cannot open this workspace.</source>
        <translation>لا يستطيع Trellis فتح مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>The latest automatic backup is from %1. Restoring it keeps the current file beside it as “.before-restore”.</source>
        <translation>أحدث نسخة احتياطية تلقائية من %1. استعادتها تُبقي الملف الحالي بجانبها باسم «‎.before-restore».</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>استعد أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::AboutDialog</name>
    <message>
        <source>About Trellis</source>
        <translation>حول Trellis</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Trellis %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Trellis %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A workbench for movements that work together across borders and languages: partners, the reciprocity ledger, solidarity retros and conflict protocols, side by side in two languages.</source>
        <translation>منضدة عمل للحركات التي تعمل معًا عبر الحدود واللغات: الشركاء وسجل التبادل ومراجعات التضامن وبروتوكولات النزاع، جنبًا إلى جنب بلغتين.</translation>
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
        <translation>ترجم هذا</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>لم يُكتب بعد</translation>
    </message>
    <message>
        <source>Missing in %1 — translate this</source>
        <translation>ناقص في %1 — ترجمه</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 بـ%2</translation>
    </message>
    <message>
        <source>Translation status of %1 in %2</source>
        <translation>حالة ترجمة %1 بـ%2</translation>
    </message>
    <message>
        <source>%1 — missing</source>
        <translation>%1 — ناقص</translation>
    </message>
</context>
<context>
    <name>trellis::gui::IncidentEditor</name>
    <message>
        <source>Occurred on</source>
        <translation>وقع في</translation>
    </message>
    <message>
        <source>Protocol used</source>
        <translation>البروتوكول المستخدم</translation>
    </message>
    <message>
        <source>&amp;Occurred on:</source>
        <translation>&amp;وقع في:</translation>
    </message>
    <message>
        <source>&amp;Protocol used:</source>
        <translation>&amp;البروتوكول المستخدم:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
    </message>
    <message>
        <source>Protocol %1</source>
        <translation>البروتوكول %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادثة %1</translation>
    </message>
    <message>
        <source>Incident recorded.</source>
        <translation>سُجّلت الحادثة.</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>تعديل الحادثة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerEntryEditor</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From partner</source>
        <translation>الشريك المانح</translation>
    </message>
    <message>
        <source>To partner</source>
        <translation>الشريك المتلقي</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>نوع المساهمة</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>exact, e.g. %1</source>
        <translation>بدقة، مثل %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>&amp;Post when saved (final: corrected only by a reversing entry)</source>
        <translation>&amp;رحّل عند الحفظ (نهائي: لا يُصحَّح إلا بقيد عكسي)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;التاريخ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;الكمية:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>posted ✓</source>
        <translation>مُرحَّل ✓</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>reverses entry %1</source>
        <translation>يعكس القيد %1</translation>
    </message>
    <message>
        <source>New ledger entry</source>
        <translation>قيد جديد</translation>
    </message>
    <message>
        <source>Ledger entry %1</source>
        <translation>القيد %1</translation>
    </message>
    <message>
        <source>Type the quantity, or choose “%1” for a narrative-only entry</source>
        <translation>اكتب الكمية، أو اختر «%1» لقيد سردي فقط</translation>
    </message>
    <message>
        <source>Choose the unit of the quantity</source>
        <translation>اختر وحدة الكمية</translation>
    </message>
    <message>
        <source>Entry %1 posted. Posted entries are final: use Correct… to reverse one.</source>
        <translation>رُحّل القيد %1. القيود المرحّلة نهائية: استخدم «تصحيح…» لعكس أحدها.</translation>
    </message>
    <message>
        <source>Record ledger entry</source>
        <translation>تسجيل قيد</translation>
    </message>
    <message>
        <source>Edit ledger entry</source>
        <translation>تعديل القيد</translation>
    </message>
    <message>
        <source>Delete draft entry</source>
        <translation>حذف القيد المسودة</translation>
    </message>
    <message>
        <source>Only a posted entry that is not itself a reversal can be corrected.</source>
        <translation>لا يُصحَّح إلا قيد مرحّل ليس هو نفسه قيدًا عكسيًا.</translation>
    </message>
    <message>
        <source>Correct this entry</source>
        <translation>تصحيح هذا القيد</translation>
    </message>
    <message>
        <source>Trellis will post a reversing entry that cancels entry %1, then open a new entry with its values for you to correct. Continue?</source>
        <translation>سيرحّل Trellis قيدًا عكسيًا يلغي القيد %1، ثم يفتح قيدًا جديدًا بقيمه لتصححها. هل تتابع؟</translation>
    </message>
    <message>
        <source>Entry %1 was reversed by entry %2. Correct the values below and save the new entry.</source>
        <translation>عُكس القيد %1 بالقيد %2. صحّح القيم أدناه واحفظ القيد الجديد.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerFilterBar</name>
    <message>
        <source>Any partner</source>
        <translation>أي شريك</translation>
    </message>
    <message>
        <source>Filter by partner</source>
        <translation>تصفية حسب الشريك</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>تصفية حسب النوع</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>أي نوع</translation>
    </message>
    <message>
        <source>Filter by unit</source>
        <translation>تصفية حسب الوحدة</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>أي وحدة</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>من أي تاريخ</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>إلى أي تاريخ</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Drafts and posted</source>
        <translation>المسودات والمرحّلة</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>المرحّلة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::LedgerListModel</name>
    <message>
        <source>Missing in %1; shown in its original language (%2)</source>
        <translation>ناقص في %1؛ معروض بلغته الأصلية (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>S&amp;wap language pair</source>
        <translation>&amp;بدّل زوج اللغات</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;السجلات</translation>
    </message>
    <message>
        <source>Re&amp;tro</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;تقارير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>&amp;حول Trellis</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>الزوج:</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>اللغة الأولى في الزوج</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>اللغة الثانية في الزوج</translation>
    </message>
    <message>
        <source>Swap the language pair (Ctrl+L)</source>
        <translation>بدّل زوج اللغات (Ctrl+L)</translation>
    </message>
    <message>
        <source>Swap the language pair</source>
        <translation>بدّل زوج اللغات</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>The last session ended with unsaved changes in %1. Recover them?</source>
        <translation>انتهت الجلسة الأخيرة بتغييرات غير محفوظة في %1. هل تستعيدها؟</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Find in all records…</source>
        <translation>&amp;ابحث في كل السجلات…</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>&amp;حرّر السجل</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;سجل جديد</translation>
    </message>
    <message>
        <source>New record in the current section (Ctrl+N)</source>
        <translation>سجل جديد في القسم الحالي (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;تصحيح…</translation>
    </message>
    <message>
        <source>Reverse this posted entry and record a corrected one</source>
        <translation>اعكس هذا القيد المرحّل وسجّل قيدًا مصحّحًا</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;New retro</source>
        <translation>&amp;مراجعة جديدة</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>&amp;افحص مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;مساحة عمل جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;افتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>افتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>Open &amp;demo alliance</source>
        <translation>افتح التحالف &amp;التجريبي</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>احفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Workspace &amp;properties…</source>
        <translation>&amp;خصائص مساحة العمل…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)</source>
        <translation>ابحث في كل السجلات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search all records</source>
        <translation>ابحث في كل السجلات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>لا توجد مساحات عمل حديثة</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis)</source>
        <translation>مساحات عمل Trellis (*.trellis)</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>تعذّر إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>افتح مساحة عمل</translation>
    </message>
    <message>
        <source>Trellis workspaces (*.trellis);;All files (*)</source>
        <translation>مساحات عمل Trellis (*.trellis);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot write the demo alliance</source>
        <translation>تعذّرت كتابة التحالف التجريبي</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>احفظ نسخة</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>تعذّر حفظ نسخة</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>حُفظت نسخة باسم %1</translation>
    </message>
    <message>
        <source>Workspace check</source>
        <translation>فحص مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace is healthy: %1 partners, %2 ledger entries, %3 of them posted in an unbroken chain.</source>
        <translation>مساحة العمل سليمة: %1 شريكًا، و%2 قيدًا، منها %3 مرحّلة في سلسلة غير منقطعة.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerEditor</name>
    <message>
        <source>Kind of partner</source>
        <translation>نوع الشريك</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>two letters, e.g. LK</source>
        <translation>حرفان، مثل LK</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>language tags, e.g. fa, en</source>
        <translation>وسوم اللغات، مثل fa, en</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>الإعداد المحلي</translation>
    </message>
    <message>
        <source>e.g. fa-IR-u-ca-persian</source>
        <translation>مثل fa-IR-u-ca-persian</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>e.g. Asia/Tehran</source>
        <translation>مثل Asia/Tehran</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>derived from the name when left empty</source>
        <translation>يُشتق من الاسم إذا تُرك فارغًا</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;البلد:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;اللغات:</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>&amp;الإعداد المحلي:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;المنطقة الزمنية:</translation>
    </message>
    <message>
        <source>Latin &amp;name:</source>
        <translation>&amp;الاسم اللاتيني:</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>شريك جديد</translation>
    </message>
    <message>
        <source>This name contains characters that can deceive (hidden direction marks, mixed scripts or look-alike letters). Check it before sharing.</source>
        <translation>يحتوي هذا الاسم على محارف قد تخدع (علامات اتجاه مخفية أو خطوط مختلطة أو حروف متشابهة). تحقّق منه قبل مشاركته.</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>إضافة شريك</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>تعديل الشريك</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>حذف الشريك</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PartnerListModel</name>
    <message>
        <source>No name in %1 yet; shown in its original language (%2)</source>
        <translation>لا اسم بـ%1 بعد؛ معروض بلغته الأصلية (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>لاتيني</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;لغة الواجهة:</translation>
    </message>
    <message>
        <source>The new language applies when Trellis starts again.</source>
        <translation>تُطبّق اللغة الجديدة عند تشغيل Trellis مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ProtocolEditor</name>
    <message>
        <source>Review due</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <source>Add &amp;step</source>
        <translation>أضف &amp;خطوة</translation>
    </message>
    <message>
        <source>&amp;Review due:</source>
        <translation>&amp;موعد المراجعة:</translation>
    </message>
    <message>
        <source>New conflict protocol</source>
        <translation>بروتوكول نزاع جديد</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Agreed by %1 partner(s). Saving a change records version %2; earlier versions are kept.</source>
        <translation>وافق عليه %1 من الشركاء. حفظ أي تغيير يسجّل الإصدار %2؛ وتُحفظ الإصدارات السابقة.</translation>
    </message>
    <message>
        <source>Protocol saved as version 1.</source>
        <translation>حُفظ البروتوكول بالإصدار 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>حُفظ البروتوكول بالإصدار %1؛ وتُحفظ الإصدارات السابقة.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecordEditor</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Drop the unsaved changes (Esc)</source>
        <translation>تجاهل التغييرات غير المحفوظة (Esc)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>حُفظت التغييرات.</translation>
    </message>
    <message>
        <source>Unsaved changes recovered from the last session. Save them, or press Esc to drop them.</source>
        <translation>استُعيدت تغييرات غير محفوظة من الجلسة الأخيرة. احفظها أو اضغط Esc لتجاهلها.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RehearsalEditor</name>
    <message>
        <source>Held on</source>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;عُقدت في:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;المشاركون:</translation>
    </message>
    <message>
        <source>New rupture rehearsal</source>
        <translation>تمرين قطيعة جديد</translation>
    </message>
    <message>
        <source>Rupture rehearsal %1</source>
        <translation>تمرين القطيعة %1</translation>
    </message>
    <message>
        <source>Rehearsal recorded.</source>
        <translation>سُجّل التمرين.</translation>
    </message>
    <message>
        <source>Edit rehearsal</source>
        <translation>تعديل التمرين</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroEditor</name>
    <message>
        <source>Held on</source>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>First language of the retro</source>
        <translation>اللغة الأولى للمراجعة</translation>
    </message>
    <message>
        <source>Second language of the retro</source>
        <translation>اللغة الثانية للمراجعة</translation>
    </message>
    <message>
        <source>Question of the new answer</source>
        <translation>سؤال الإجابة الجديدة</translation>
    </message>
    <message>
        <source>Add &amp;answer</source>
        <translation>أضف &amp;إجابة</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>أضف إ&amp;جراء</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;عُقدت في:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;الميسّر:</translation>
    </message>
    <message>
        <source>Language &amp;pair:</source>
        <translation>&amp;زوج اللغات:</translation>
    </message>
    <message>
        <source>Answer %1 · %2</source>
        <translation>الإجابة %1 · %2</translation>
    </message>
    <message>
        <source>New retro</source>
        <translation>مراجعة جديدة</translation>
    </message>
    <message>
        <source>Retro %1</source>
        <translation>مراجعة %1</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>غير منشورة</translation>
    </message>
    <message>
        <source>published ✓</source>
        <translation>منشورة ✓</translation>
    </message>
    <message>
        <source>Answers: %1 · actions: %2</source>
        <translation>الإجابات: %1 · الإجراءات: %2</translation>
    </message>
    <message>
        <source>Add retro</source>
        <translation>إضافة مراجعة</translation>
    </message>
    <message>
        <source>Edit retro</source>
        <translation>تعديل المراجعة</translation>
    </message>
    <message>
        <source>Retro deleted.</source>
        <translation>حُذفت المراجعة.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SearchPanel</name>
    <message>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>قيد</translation>
    </message>
    <message>
        <source>Retro</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Conflict protocol</source>
        <translation>بروتوكول نزاع</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>حادثة</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>لم يُعثر على شيء. أي ثلاثة أحرف من كلمة تجدها، بأي خط.</translation>
    </message>
    <message>
        <source>%1 records found</source>
        <translation>عُثر على %1 سجل</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SectionPage</name>
    <message>
        <source>%1 list</source>
        <translation>قائمة %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This record has unsaved changes. Save them before leaving it?</source>
        <translation>في هذا السجل تغييرات غير محفوظة. هل تحفظها قبل مغادرته؟</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2% · %3 %4%</source>
        <translation>تكافؤ الفهم: %1 %2% · %3 %4%</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TextColumn</name>
    <message>
        <source>Language of the first column</source>
        <translation>لغة العمود الأول</translation>
    </message>
    <message>
        <source>Language of the second column</source>
        <translation>لغة العمود الثاني</translation>
    </message>
    <message>
        <source>The date in this language&apos;s calendar</source>
        <translation>التاريخ بتقويم هذه اللغة</translation>
    </message>
    <message>
        <source>parity %1%</source>
        <translation>التكافؤ %1%</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>تكافؤ الفهم: %1 من %2 نصًا مكتوبًا مقروءة بهذه اللغة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspacePropertiesDialog</name>
    <message>
        <source>Workspace properties</source>
        <translation>خصائص مساحة العمل</translation>
    </message>
    <message>
        <source>Language tags in order, separated by commas, e.g. fa, es, en</source>
        <translation>وسوم اللغات بالترتيب، مفصولة بفواصل، مثل fa, es, en</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. EUR</source>
        <translation>ISO 4217، مثل EUR</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>&amp;لغات العمل:</translation>
    </message>
    <message>
        <source>&amp;Home partner:</source>
        <translation>&amp;الشريك المضيف:</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>&amp;العملة الافتراضية:</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WorkspaceStatus</name>
    <message>
        <source>· no automatic backup yet</source>
        <translation>· لا نسخة احتياطية تلقائية بعد</translation>
    </message>
    <message>
        <source>· last backup %1</source>
        <translation>· آخر نسخة احتياطية %1</translation>
    </message>
    <message>
        <source>· parity: counting…</source>
        <translation>· التكافؤ: جارٍ العد…</translation>
    </message>
    <message>
        <source>· parity %1</source>
        <translation>· التكافؤ %1</translation>
    </message>
    <message>
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language</source>
        <translation>تكافؤ الفهم: نسبة نصوص مساحة العمل المقروءة بكل لغة عمل</translation>
    </message>
</context>
</TS>
