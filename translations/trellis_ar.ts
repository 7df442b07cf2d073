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
    <name>BalancePairModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source> (no partner has this name; choose one or confirm a new one on the wizard&apos;s Partners page)</source>
        <translation> (لا يحمل أي شريك هذا الاسم؛ اختر شريكًا أو أكّد شريكًا جديدًا في صفحة «الشركاء» من المعالج)</translation>
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
        <source>Log debug messages (ids only) to the terminal and the log file.</source>
        <translation>سجّل رسائل التنقيح (المعرّفات فقط) في الطرفية وملف السجل.</translation>
    </message>
    <message>
        <source>Section to show: partners, ledger, balances, retros, protocols, incidents, rehearsals.</source>
        <translation>القسم المعروض: partners, ledger, balances, retros, protocols, incidents, rehearsals.</translation>
    </message>
    <message>
        <source>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</source>
        <translation>بعد عرض القسم، انتقل إلى آخر صف في قائمته (كما يفعل Ctrl+End)، مثلًا لالتقاط نهاية سجل تبادل طويل.</translation>
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
    <message>
        <source>Balances</source>
        <translation>الأرصدة</translation>
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
    <name>trellis::gui::BalanceMatrixModel</name>
    <message>
        <source>⁨%1⁩ gave ⁨%2⁩: %3</source>
        <translation>⁨%1⁩ أعطى ⁨%2⁩: %3</translation>
    </message>
    <message>
        <source>Received back: %1</source>
        <translation>المُتلقى بالمقابل: %1</translation>
    </message>
    <message>
        <source>Asymmetry of the pair: %1</source>
        <translation>عدم تماثل الزوج: %1</translation>
    </message>
    <message>
        <source>Funds awaiting consent: %1</source>
        <translation>أموال بانتظار الموافقة: %1</translation>
    </message>
    <message numerus="yes">
        <source>The asymmetry persists: one side gave far more in each of the last %n quarters.</source>
        <translation>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %n ربع.</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في الربع الأخير (%n).</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كلٍّ من الربعين الأخيرين (%n).</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %n أرباع.</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %n ربعًا.</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %n ربع.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave (row)</source>
        <translation>%1 أعطى (صف)</translation>
    </message>
    <message>
        <source>%1 received (column)</source>
        <translation>%1 تلقّى (عمود)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairDetail</name>
    <message>
        <source>The pair&apos;s figures per unit</source>
        <translation>أرقام الزوج حسب الوحدة</translation>
    </message>
    <message>
        <source>Contributions not counted in numbers:</source>
        <translation>مساهمات لا تُحسب بالأرقام:</translation>
    </message>
    <message>
        <source>Narrative-only contributions of the pair</source>
        <translation>مساهمات الزوج السردية فقط</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix: its pair&apos;s figures appear here.</source>
        <translation>اختر خلية من المصفوفة: تظهر أرقام زوجها هنا.</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>اختر خلية من المصفوفة لترى تدفقات الزوج عبر الزمن.</translation>
    </message>
    <message>
        <source>⁨%1⁩ and ⁨%2⁩</source>
        <translation>⁨%1⁩ و⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 · ⁨%2⁩ → ⁨%3⁩ · %4: ⁨%5⁩</source>
        <translation>%1 · ⁨%2⁩ ← ⁨%3⁩ · %4: ⁨%5⁩</translation>
    </message>
    <message>
        <source>No contributions without numbers.</source>
        <translation>لا مساهمات بلا أرقام.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePairModel</name>
    <message>
        <source>Given / received, in the currency</source>
        <translation>المُعطى / المُتلقى، بالعملة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>المُعطى</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>المُتلقى</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>الصافي</translation>
    </message>
    <message>
        <source>Asymmetry</source>
        <translation>عدم التماثل</translation>
    </message>
    <message>
        <source>Funds proposed</source>
        <translation>الأموال المقترحة</translation>
    </message>
    <message>
        <source>Funds disbursed</source>
        <translation>الأموال المصروفة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalancePeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>نوع الفترة</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>الربع</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <source>A day in the period (the range&apos;s first day)</source>
        <translation>يوم في الفترة (أول يوم في النطاق)</translation>
    </message>
    <message>
        <source>The range&apos;s last day</source>
        <translation>آخر يوم في النطاق</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::BalanceView</name>
    <message numerus="yes">
        <source>Rows gave, columns received. Tinted: the pair&apos;s asymmetry persists — one side gave at least three times what it received in each of the last %n quarters.</source>
        <translation>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الزوج — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %n ربع.</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الزوج — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في الربع الأخير (%n).</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الزوج — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كلٍّ من الربعين الأخيرين (%n).</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الزوج — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %n أرباع.</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الزوج — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %n ربعًا.</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الزوج — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %n ربع.</numerusform>
        </translation>
    </message>
    <message>
        <source>(asymmetry |given − received| / (given + received))</source>
        <translation>(عدم التماثل |المُعطى − المُتلقى| / (المُعطى + المُتلقى))</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;الفترة:</translation>
    </message>
    <message>
        <source>Unit of the matrix</source>
        <translation>وحدة المصفوفة</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation>اعرض ال&amp;قيود</translation>
    </message>
    <message>
        <source>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</source>
        <translation>افتح سجل التبادل مُصفّى حسب الزوج والفترة المحددين (Enter، أو انقر نقرًا مزدوجًا على خلية)</translation>
    </message>
    <message>
        <source>Balance matrix: rows gave, columns received</source>
        <translation>مصفوفة الأرصدة: الصفوف أعطت، والأعمدة تلقّت</translation>
    </message>
    <message>
        <source>No posted entries with a quantity in this period.</source>
        <translation>لا قيود مرحّلة ذات كمية في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentDialog</name>
    <message>
        <source>Approve the funds</source>
        <translation>الموافقة على الأموال</translation>
    </message>
    <message>
        <source>Withdraw an approval</source>
        <translation>سحب موافقة</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>the person who speaks for that side</source>
        <translation>الشخص الذي يتحدث باسم ذلك الطرف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;الطرف:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;بواسطة:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;وافق</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>ا&amp;سحب الموافقة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ConsentPanel</name>
    <message>
        <source>Consent state</source>
        <translation>حالة الموافقة</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الطرف</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;وافق…</translation>
    </message>
    <message>
        <source>Record one side&apos;s approval of these funds</source>
        <translation>سجّل موافقة أحد الطرفين على هذه الأموال</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>ا&amp;سحب الموافقة…</translation>
    </message>
    <message>
        <source>Record that one side takes its approval back (kept in the history)</source>
        <translation>سجّل أن أحد الطرفين يسحب موافقته (تبقى محفوظة في التاريخ)</translation>
    </message>
    <message>
        <source>approves</source>
        <translation>يوافق</translation>
    </message>
    <message>
        <source>withdraws</source>
        <translation>يسحب</translation>
    </message>
    <message>
        <source>Disbursed: both sides approve.</source>
        <translation>مصروفة: يوافق الطرفان.</translation>
    </message>
    <message>
        <source>Withdrawn: %1 took its approval back; proposed until both sides approve.</source>
        <translation>مسحوبة: سحب %1 موافقته؛ مقترحة حتى يوافق الطرفان.</translation>
    </message>
    <message>
        <source>Approved by %1; awaiting %2.</source>
        <translation>وافق عليها %1؛ بانتظار %2.</translation>
    </message>
    <message>
        <source>Proposed: no side approves yet.</source>
        <translation>مقترحة: لم يوافق أي طرف بعد.</translation>
    </message>
    <message>
        <source>(A reversal takes the consent of entry %1.)</source>
        <translation>(يأخذ القيد العكسي موافقة القيد %1.)</translation>
    </message>
    <message>
        <source>A reversal takes its original&apos;s consent: approve or withdraw on entry %1.</source>
        <translation>يأخذ القيد العكسي موافقة قيده الأصلي: وافق أو اسحب على القيد %1.</translation>
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
    <name>trellis::gui::ImportFilePage</name>
    <message>
        <source>UTF-16 little-endian, with a byte-order mark</source>
        <translation>UTF-16 little-endian، مع علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>UTF-16 little-endian, without a byte-order mark</source>
        <translation>UTF-16 little-endian، بدون علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, with a byte-order mark</source>
        <translation>UTF-16 big-endian، مع علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>UTF-16 big-endian, without a byte-order mark</source>
        <translation>UTF-16 big-endian، بدون علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>UTF-8, with a byte-order mark</source>
        <translation>UTF-8، مع علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>UTF-8, without a byte-order mark</source>
        <translation>UTF-8، بدون علامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>فاصلة ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>فاصلة منقوطة ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>شريط عمودي ( | )</translation>
    </message>
    <message>
        <source>The character %1</source>
        <translation>المحرف %1</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختر الملف</translation>
    </message>
    <message>
        <source>A CSV file from a spreadsheet: any delimiter, UTF-8 or UTF-16. Nothing is imported before the last step.</source>
        <translation>ملف CSV من جدول بيانات: أي فاصل، UTF-8 أو UTF-16. لا يُستورد شيء قبل الخطوة الأخيرة.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>ملف CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ا&amp;ستعرض…</translation>
    </message>
    <message>
        <source>Browse for the CSV file</source>
        <translation>استعرض بحثًا عن ملف CSV</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>مشكلة في الملف</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <source>Decimal separator</source>
        <translation>فاصل الأعشار</translation>
    </message>
    <message>
        <source>1,234.50 — decimal point, comma between thousands</source>
        <translation>1,234.50 — نقطة عشرية، وفاصلة بين الآلاف</translation>
    </message>
    <message>
        <source>1.234,50 — decimal comma, point between thousands</source>
        <translation>1.234,50 — فاصلة عشرية، ونقطة بين الآلاف</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>تنسيق التاريخ</translation>
    </message>
    <message>
        <source>ISO only: %1</source>
        <translation>ISO فقط: %1</translation>
    </message>
    <message>
        <source>%1 (e.g. %2), or ISO</source>
        <translation>%1 (مثل %2)، أو ISO</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;الملف:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <translation>الفاصل المكتشف:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>الصف الأول:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>فاصل الأ&amp;عشار:</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>ال&amp;تواريخ:</translation>
    </message>
    <message>
        <source>Import ledger from CSV</source>
        <translation>استيراد سجل التبادل من CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>%1 (chosen below)</source>
        <translation>%1 (يُختار أدناه)</translation>
    </message>
    <message>
        <source>names the fields (date, from, to, kind, …): the columns map themselves</source>
        <translation>يسمّي الحقول (date, from, to, kind, …): تُربط الأعمدة تلقائيًا</translation>
    </message>
    <message>
        <source>is a header that does not name every required field: choose the columns on the next page</source>
        <translation>ترويسة لا تسمّي كل الحقول المطلوبة: اختر الأعمدة في الصفحة التالية</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From (giving partner)</source>
        <translation>من (الشريك المانح)</translation>
    </message>
    <message>
        <source>To (receiving partner)</source>
        <translation>إلى (الشريك المتلقي)</translation>
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
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Narrative language</source>
        <translation>لغة السرد</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>ربط الأعمدة</translation>
    </message>
    <message>
        <source>Choose the column that holds each field; fields marked * are required. The preview shows the first %1 rows as they would be imported.</source>
        <translation>اختر العمود الذي يحوي كل حقل؛ الحقول المعلَّمة بـ* مطلوبة. تعرض المعاينة أول %1 صف كما ستُستورد.</translation>
    </message>
    <message>
        <source>Column for %1 (required)</source>
        <translation>عمود %1 (مطلوب)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>عمود %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>معاينة الصفوف الأولى</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ليس في الملف)</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>First %L1 rows: %L2 ok, %L3 rejected, %L4 already imported.</source>
        <translation>أول %L1 صف: %L2 سليمة، و%L3 مرفوضة، و%L4 مستوردة سابقًا.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Names in the file that match no partner, in any script or spelling. No partner is created unless you confirm it here.</source>
        <translation>أسماء في الملف لا تطابق أي شريك، بأي خط أو تهجئة. لا يُنشأ أي شريك ما لم تؤكّده هنا.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استورد</translation>
    </message>
    <message>
        <source>Names that match no partner</source>
        <translation>أسماء لا تطابق أي شريك</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>الاسم في الملف</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>السطر الأول</translation>
    </message>
    <message>
        <source>Import its rows as</source>
        <translation>استيراد صفوفه باسم</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Every partner named in the file (%L1 rows) matches a partner.</source>
        <translation>كل شريك مذكور في الملف (%L1 صف) يطابق شريكًا.</translation>
    </message>
    <message>
        <source>%L1 names match no partner. Rows that name one are rejected unless you choose a partner for it or confirm a new one.</source>
        <translation>%L1 اسم لا يطابق أي شريك. تُرفض الصفوف التي تذكر أحدها ما لم تختر له شريكًا أو تؤكّد شريكًا جديدًا.</translation>
    </message>
    <message>
        <source>Import the rows of %1 as</source>
        <translation>استيراد صفوف %1 باسم</translation>
    </message>
    <message>
        <source>Leave its rows out (they are rejected)</source>
        <translation>استبعاد صفوفه (تُرفض)</translation>
    </message>
    <message>
        <source>A new partner named “%1” (confirm)</source>
        <translation>شريك جديد باسم «%1» (تأكيد)</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportPreviewModel</name>
    <message>
        <source>ok</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>مستورد سابقًا</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>السرد</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>The whole file is imported in one step: stopping leaves the ledger exactly as it was.</source>
        <translation>يُستورد الملف كله في خطوة واحدة: الإيقاف يترك سجل التبادل كما كان تمامًا.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Stop import</source>
        <translation>&amp;أوقف الاستيراد</translation>
    </message>
    <message>
        <source>Stop the import and save nothing</source>
        <translation>أوقف الاستيراد دون حفظ أي شيء</translation>
    </message>
    <message>
        <source>Importing… %L1 of %L2 rows read.</source>
        <translation>جارٍ الاستيراد… قُرئ %L1 من %L2 صف.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was saved: the ledger is as it was.</source>
        <translation>أُوقف الاستيراد. لم يُحفظ شيء: سجل التبادل كما كان.</translation>
    </message>
    <message>
        <source>The import failed and nothing was saved: %1</source>
        <translation>فشل الاستيراد ولم يُحفظ شيء: %1</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <source>The import is saved. Every row of the file is counted once below.</source>
        <translation>حُفظ الاستيراد. يُحسب كل صف من الملف مرة واحدة أدناه.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>الصفوف المقروءة:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>المستوردة:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>المرفوضة:</translation>
    </message>
    <message>
        <source>Duplicates skipped (imported before):</source>
        <translation>المكررة المتجاوَزة (مستوردة سابقًا):</translation>
    </message>
    <message>
        <source>Partners created:</source>
        <translation>الشركاء المُنشَؤون:</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;احفظ الصفوف المرفوضة…</translation>
    </message>
    <message>
        <source>Save the rejected rows to a CSV file</source>
        <translation>احفظ الصفوف المرفوضة في ملف CSV</translation>
    </message>
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates = %L4 rows read.</source>
        <translation>%L1 مستوردة + %L2 مرفوضة + %L3 مكررة = %L4 من الصفوف المقروءة.</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>لم يُرفض أي صف.</translation>
    </message>
    <message>
        <source>Each rejected row can be saved with its line number, the reason and its original text, to correct and import again.</source>
        <translation>يمكن حفظ كل صف مرفوض مع رقم سطره والسبب ونصه الأصلي، لتصحيحه واستيراده من جديد.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-مرفوضة</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>تعذّر حفظ الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>The rejected rows were saved as %1.</source>
        <translation>حُفظت الصفوف المرفوضة باسم %1.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ImportWizard</name>
    <message>
        <source>Import ledger from CSV</source>
        <translation>استيراد سجل التبادل من CSV</translation>
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
    <message>
        <source>Add incident</source>
        <translation>إضافة حادثة</translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>حذف الحادثة</translation>
    </message>
    <message>
        <source>Incident deleted; Undo brings it back.</source>
        <translation>حُذفت الحادثة؛ «تراجع» يعيدها.</translation>
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
    <message>
        <source>With any partner</source>
        <translation>مع أي شريك</translation>
    </message>
    <message>
        <source>Filter by the other partner</source>
        <translation>تصفية حسب الشريك الآخر</translation>
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
    <message>
        <source>&amp;Publish…</source>
        <translation>ا&amp;نشر…</translation>
    </message>
    <message>
        <source>&amp;Import ledger from CSV…</source>
        <translation>ا&amp;ستورد سجل التبادل من CSV…</translation>
    </message>
    <message>
        <source>The ledger import has finished.</source>
        <translation>انتهى استيراد سجل التبادل.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PairFlowChart</name>
    <message>
        <source>Flows of the pair over time</source>
        <translation>تدفقات الزوج عبر الزمن</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>اختر خلية من المصفوفة لترى تدفقات الزوج عبر الزمن.</translation>
    </message>
    <message>
        <source>No flows in %1 between these partners in this period.</source>
        <translation>لا تدفقات بـ%1 بين هذين الشريكين في هذه الفترة.</translation>
    </message>
    <message>
        <source>⁨%1⁩ → ⁨%2⁩</source>
        <translation>⁨%1⁩ ← ⁨%2⁩</translation>
    </message>
    <message>
        <source>Flows per month, in %1</source>
        <translation>التدفقات شهريًا، بـ%1</translation>
    </message>
    <message>
        <source>Flows per quarter, in %1</source>
        <translation>التدفقات لكل ربع، بـ%1</translation>
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
        <source>Protocol saved as version 1.</source>
        <translation>حُفظ البروتوكول بالإصدار 1.</translation>
    </message>
    <message>
        <source>Protocol saved as version %1; earlier versions are kept.</source>
        <translation>حُفظ البروتوكول بالإصدار %1؛ وتُحفظ الإصدارات السابقة.</translation>
    </message>
    <message>
        <source>Partner that agrees</source>
        <translation>الشريك الموافق</translation>
    </message>
    <message>
        <source>Agreed by (person)</source>
        <translation>وافق عليه (الشخص)</translation>
    </message>
    <message>
        <source>who agreed for it</source>
        <translation>مَن وافق باسمه</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Record a&amp;greement</source>
        <translation>&amp;سجّل الموافقة</translation>
    </message>
    <message>
        <source>&amp;Agreement of:</source>
        <translation>&amp;موافقة:</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version</source>
        <translation>احفظ البروتوكول أولًا: يوافق الشركاء على إصدار محفوظ</translation>
    </message>
    <message>
        <source>Records the agreement to version %1 at once (Undo takes it back)</source>
        <translation>يسجّل الموافقة على الإصدار %1 فورًا («تراجع» يلغيها)</translation>
    </message>
    <message numerus="yes">
        <source>Agreed by %n partner(s). Saving a change records version %1, which needs its own agreements; earlier versions are kept with theirs.</source>
        <translation>
            <numerusform>وافق عليه %n شريك. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %n شريك. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %n شريكان. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %n شركاء. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %n شريكًا. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %n شريك. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Save the protocol first: partners agree to a saved version.</source>
        <translation>احفظ البروتوكول أولًا: يوافق الشركاء على إصدار محفوظ.</translation>
    </message>
    <message>
        <source>Record agreement</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Agreement recorded.</source>
        <translation>سُجّلت الموافقة.</translation>
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
    <message>
        <source>Add rehearsal</source>
        <translation>إضافة تمرين</translation>
    </message>
    <message>
        <source>Delete rehearsal</source>
        <translation>حذف التمرين</translation>
    </message>
    <message>
        <source>Rehearsal deleted; Undo brings it back.</source>
        <translation>حُذف التمرين؛ «تراجع» يعيده.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroAnswerFacts</name>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>الإجابة %1</translation>
    </message>
    <message>
        <source>Votes for answer %1</source>
        <translation>أصوات الإجابة %1</translation>
    </message>
    <message>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <source>One more vote for answer %1</source>
        <translation>صوت إضافي للإجابة %1</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>وسوم، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Tags of answer %1</source>
        <translation>وسوم الإجابة %1</translation>
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
        <source>P&amp;ublish…</source>
        <translation>ان&amp;شر…</translation>
    </message>
    <message>
        <source>Publish the bilingual record: final, only translations can change afterwards</source>
        <translation>انشر السجل ثنائي اللغة: نهائي، ولا يمكن بعده تغيير إلا الترجمات</translation>
    </message>
    <message>
        <source>Votes and tags:</source>
        <translation>الأصوات والوسوم:</translation>
    </message>
    <message>
        <source>published %1 ✓</source>
        <translation>نُشرت في %1 ✓</translation>
    </message>
    <message>
        <source>Published: the answers, votes, tags and actions are final; translations can still be added.</source>
        <translation>منشورة: الإجابات والأصوات والوسوم والإجراءات نهائية؛ ولا يزال بالإمكان إضافة ترجمات.</translation>
    </message>
    <message>
        <source>Delete retro</source>
        <translation>حذف المراجعة</translation>
    </message>
    <message>
        <source>Retro deleted; Undo brings it back.</source>
        <translation>حُذفت المراجعة؛ «تراجع» يعيدها.</translation>
    </message>
    <message>
        <source>Publish the bilingual record of retro %1? Publishing is final: its answers, votes, tags and actions can no longer change, and it cannot be deleted. Translations can still be added.</source>
        <translation>هل تنشر السجل ثنائي اللغة للمراجعة %1؟ النشر نهائي: لن يمكن تغيير إجاباتها وأصواتها ووسومها وإجراءاتها، ولن يمكن حذفها. ولا يزال بالإمكان إضافة ترجمات.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) missing in %1</source>
        <translation>
            <numerusform>%n نص ناقص بـ%1</numerusform>
            <numerusform>%n نص ناقص بـ%1</numerusform>
            <numerusform>%n نصان ناقصان بـ%1</numerusform>
            <numerusform>%n نصوص ناقصة بـ%1</numerusform>
            <numerusform>%n نصًا ناقصًا بـ%1</numerusform>
            <numerusform>%n نص ناقص بـ%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet bilingual: %1.</source>
        <translation>ليست ثنائية اللغة بعد: %1.</translation>
    </message>
    <message>
        <source>Save the retro before publishing it.</source>
        <translation>احفظ المراجعة قبل نشرها.</translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>نشر المراجعة</translation>
    </message>
    <message>
        <source>Published. Only translations can change from now on.</source>
        <translation>نُشرت. من الآن لا يمكن تغيير إلا الترجمات.</translation>
    </message>
    <message>
        <source>Retro %1 published.</source>
        <translation>نُشرت المراجعة %1.</translation>
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
