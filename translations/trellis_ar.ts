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
    <name>Archive</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Every ledger entry</source>
        <translation>كل قيود سجل التبادل</translation>
    </message>
    <message>
        <source>Bilingual archive</source>
        <translation>الأرشيف ثنائي اللغة</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>محضر التسليم</translation>
    </message>
    <message>
        <source>Nothing is posted in the ledger yet.</source>
        <translation>لم يُرحَّل أي قيد في سجل التبادل بعد.</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>سلسلة سجل التبادل</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>رأس السلسلة (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>القيود المشمولة</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>تحقّق باستخدام</translation>
    </message>
    <message>
        <source>Every record of the alliance, side by side in %1 and %2. This archive opens in any browser, offline; MANIFEST.sha256 lists the SHA-256 of every file (check it with: sha256sum -c MANIFEST.sha256).</source>
        <translation>كل سجلات التحالف، جنبًا إلى جنب بـ%1 و%2. يُفتح هذا الأرشيف في أي متصفح دون اتصال بالإنترنت؛ ويسرد الملف MANIFEST.sha256 بصمة SHA-256 لكل ملف (تحقّق منها بالأمر: sha256sum -c MANIFEST.sha256).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Reports as PDF</source>
        <translation>التقارير بصيغة PDF</translation>
    </message>
    <message>
        <source>Tables (CSV)</source>
        <translation>الجداول (CSV)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>أمين الحفظ</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>The archive is too large for one ZIP file; keep the folder.</source>
        <translation>الأرشيف أكبر من أن يتسع له ملف ZIP واحد؛ احتفظ بالمجلد.</translation>
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
        <translation>مراجعة ربع سنوية</translation>
    </message>
    <message>
        <source>Listening circle</source>
        <translation>حلقة إصغاء</translation>
    </message>
    <message>
        <source>Rupture rehearsal</source>
        <translation>تمرين قطيعة</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>تمرين طوارئ</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>تسليم الأرشيف</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>تبادل ثقافي</translation>
    </message>
    <message>
        <source>Congress or spokes council</source>
        <translation>مؤتمر أو مجلس مندوبين</translation>
    </message>
    <message>
        <source>Other ritual</source>
        <translation>طقس آخر</translation>
    </message>
    <message>
        <source>once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s)</source>
        <translation>
            <numerusform>كل %Ln أسبوع</numerusform>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %Ln أسابيع</numerusform>
            <numerusform>كل %Ln أسبوعًا</numerusform>
            <numerusform>كل %Ln أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>كل %Ln شهر</numerusform>
            <numerusform>كل شهر</numerusform>
            <numerusform>كل شهرين</numerusform>
            <numerusform>كل %Ln أشهر</numerusform>
            <numerusform>كل %Ln شهرًا</numerusform>
            <numerusform>كل %Ln شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n year(s)</source>
        <translation>
            <numerusform>كل %Ln عام</numerusform>
            <numerusform>كل عام</numerusform>
            <numerusform>كل عامين</numerusform>
            <numerusform>كل %Ln أعوام</numerusform>
            <numerusform>كل %Ln عامًا</numerusform>
            <numerusform>كل %Ln عام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n time(s)</source>
        <translation>
            <numerusform>، %Ln مرة</numerusform>
            <numerusform>، مرة واحدة</numerusform>
            <numerusform>، مرتين</numerusform>
            <numerusform>، %Ln مرات</numerusform>
            <numerusform>، %Ln مرةً</numerusform>
            <numerusform>، %Ln مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>، حتى %1</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>قادم</translation>
    </message>
    <message>
        <source>due</source>
        <translation>مستحق</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>فائت</translation>
    </message>
    <message>
        <source>%1 the day before</source>
        <translation>%1 في اليوم السابق</translation>
    </message>
    <message>
        <source>%1 the next day</source>
        <translation>%1 في اليوم التالي</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 and %2 rest</source>
        <translation>استراحة %1 و%2</translation>
    </message>
    <message>
        <source>Next custodian of the archive: %1</source>
        <translation>أمين الحفظ التالي للأرشيف: %1</translation>
    </message>
    <message>
        <source>%1 held the archive last time too</source>
        <translation>تولّى %1 حفظ الأرشيف في المرة السابقة أيضًا</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>%n ritual(s) written to %1</source>
        <translation>
            <numerusform>لم يُكتب أي طقس في %1</numerusform>
            <numerusform>كُتب طقس واحد في %1</numerusform>
            <numerusform>كُتب طقسان في %1</numerusform>
            <numerusform>كُتبت %Ln طقوس في %1</numerusform>
            <numerusform>كُتب %Ln طقسًا في %1</numerusform>
            <numerusform>كُتب %Ln طقس في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>تصدير التقويم</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>ملفات iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>تعذّر تصدير التقويم</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>A cultural exchange needs the day it is held</source>
        <translation>يحتاج التبادل الثقافي إلى يوم إقامته</translation>
    </message>
    <message>
        <source>A cultural exchange is between at least two partners</source>
        <translation>التبادل الثقافي يجري بين شريكين على الأقل</translation>
    </message>
    <message>
        <source>A shared risk needs the day it was taken</source>
        <translation>يحتاج الخطر المشترك إلى يوم خوضه</translation>
    </message>
    <message>
        <source>A shared risk needs what was risked</source>
        <translation>يحتاج الخطر المشترك إلى ما جرت المخاطرة به</translation>
    </message>
    <message>
        <source>A shared risk is borne by at least two partners</source>
        <translation>يتحمّل الخطرَ المشترك شريكان على الأقل</translation>
    </message>
    <message>
        <source>Each part of a shared risk is borne by a saved partner</source>
        <translation>يتحمّل كلَّ نصيب من الخطر المشترك شريكٌ محفوظ</translation>
    </message>
    <message>
        <source>A partner bears one part of a shared risk: it is listed twice</source>
        <translation>يتحمّل الشريك نصيبًا واحدًا من الخطر المشترك: إنه مذكور مرتين</translation>
    </message>
    <message>
        <source>A crossover needs both texts: as it was born and as it was reborn</source>
        <translation>يحتاج العبور السردي إلى النصّين: كما وُلد وكما وُلد من جديد</translation>
    </message>
    <message>
        <source>A crossover needs the day it was reborn</source>
        <translation>يحتاج العبور السردي إلى يوم ولادته من جديد</translation>
    </message>
    <message>
        <source>A crossover cannot be reborn before it was born</source>
        <translation>لا يمكن أن يولد العبور السردي من جديد قبل أن يولد</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another, not to itself</source>
        <translation>يمضي العبور السردي من شريك إلى آخر، لا إلى نفسه</translation>
    </message>
    <message>
        <source>A crossover needs the partner it was born in and the one that adopted it</source>
        <translation>يحتاج العبور السردي إلى الشريك الذي وُلد عنده والشريك الذي تبنّاه</translation>
    </message>
    <message>
        <source>This exchange was held: it stays in the alliance&apos;s record and cannot be deleted</source>
        <translation>أُقيم هذا التبادل: يبقى في سجل التحالف ولا يمكن حذفه</translation>
    </message>
    <message>
        <source>This retro is published: the shared risks its answers cite cannot change</source>
        <translation>هذه المراجعة منشورة: لا يمكن تغيير المخاطر المشتركة التي تستشهد بها إجاباتها</translation>
    </message>
    <message>
        <source>A pause is agreed between two partners</source>
        <translation>تُتفق الاستراحة بين شريكين</translation>
    </message>
    <message>
        <source>A pause is agreed between two different partners</source>
        <translation>تُتفق الاستراحة بين شريكين مختلفين</translation>
    </message>
    <message>
        <source>A pause needs its first and last day</source>
        <translation>تحتاج الاستراحة إلى يومها الأول والأخير</translation>
    </message>
    <message>
        <source>Say why the partners pause: a pause is rest, not abandonment, when both know why</source>
        <translation>اذكر لماذا يتوقف الشركاء: الاستراحة راحة لا هجر حين يعرف الطرفان السبب</translation>
    </message>
    <message>
        <source>A pause lasts two years at most; agree a new one when it ends</source>
        <translation>تدوم الاستراحة عامين على الأكثر؛ اتفقوا على أخرى حين تنتهي</translation>
    </message>
    <message>
        <source>A partner of the pause is not a partner of this workspace</source>
        <translation>أحد شريكي الاستراحة ليس شريكًا في مساحة العمل هذه</translation>
    </message>
    <message>
        <source>A ritual needs a title</source>
        <translation>يحتاج الطقس إلى عنوان</translation>
    </message>
    <message>
        <source>A ritual needs a first date</source>
        <translation>يحتاج الطقس إلى تاريخ أول</translation>
    </message>
    <message>
        <source>Each partner of a ritual must be saved first</source>
        <translation>يجب حفظ كل شريك في الطقس أولًا</translation>
    </message>
    <message>
        <source>A ritual at a set time needs its organizer&apos;s time zone, so that every partner meets at the same moment</source>
        <translation>يحتاج الطقس المحدد بوقت إلى المنطقة الزمنية لمنظِّمه، لكي يلتقي كل الشركاء في اللحظة نفسها</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>record</source>
        <translation>السجل</translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Check-in</source>
        <translation>جولة الافتتاح</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>الكشف</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>التجميع</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>النقاش</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>الختام</translation>
    </message>
    <message>
        <source>original</source>
        <translation>أصلية</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مراجَعة</translation>
    </message>
    <message>
        <source>human</source>
        <translation>بشرية</translation>
    </message>
    <message>
        <source>machine draft</source>
        <translation>مسودة آلية</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>&amp;Run retro…</source>
        <translation>أدِر المراجعة (&amp;R)…</translation>
    </message>
    <message>
        <source>Run retro</source>
        <translation>إدارة المراجعة</translation>
    </message>
    <message>
        <source>Choose a saved retro in the Retros section first.</source>
        <translation>اختر أولًا مراجعة محفوظة في قسم «المراجعات».</translation>
    </message>
    <message>
        <source>Compare quarters</source>
        <translation>مقارنة الأرباع</translation>
    </message>
    <message>
        <source>&amp;Compare quarters…</source>
        <translation>قارن الأرباع (&amp;C)…</translation>
    </message>
</context>
<context>
    <name>FulfilmentUndo</name>
    <message>
        <source>Brought back, but not linked to its ritual again: %1</source>
        <translation>استُعيد، لكن دون ربطه بطقسه من جديد: %1</translation>
    </message>
    <message>
        <source>Link to ritual</source>
        <translation>ربط بالطقس</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>translation missing</source>
        <translation>الترجمة ناقصة</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>سلسلة سجل التبادل</translation>
    </message>
    <message>
        <source>Head (SHA-256)</source>
        <translation>رأس السلسلة (SHA-256)</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>القيود المشمولة</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>تحقّق باستخدام</translation>
    </message>
    <message>
        <source>Nothing is posted yet: the chain is empty.</source>
        <translation>لم يُرحَّل أي قيد بعد: السلسلة فارغة.</translation>
    </message>
    <message>
        <source>Writing the report failed: %1</source>
        <translation>فشلت كتابة التقرير: %1</translation>
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
    <message>
        <source>—</source>
        <comment>no country</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Goals as another partner paraphrased them</source>
        <translation>الأهداف كما أعاد شريك آخر صياغتها</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>quorum met</source>
        <translation>مكتملة النصاب</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>بانتظار الرد</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>مُقَرّة</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>مُرجَعة</translation>
    </message>
    <message>
        <source>revised, waiting for an answer</source>
        <translation>مُنقّحة، بانتظار الرد</translation>
    </message>
    <message>
        <source>the goals changed since</source>
        <translation>تغيّرت الأهداف منذئذٍ</translation>
    </message>
    <message>
        <source>art trade</source>
        <translation>تبادل أعمال فنية</translation>
    </message>
    <message>
        <source>study session</source>
        <translation>جلسة دراسية</translation>
    </message>
    <message>
        <source>storytelling night</source>
        <translation>أمسية حكايات</translation>
    </message>
    <message>
        <source>shared meal</source>
        <translation>وجبة مشتركة</translation>
    </message>
    <message>
        <source>song</source>
        <translation>أغنية</translation>
    </message>
    <message>
        <source>vigil</source>
        <translation>وقفة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مُخطَّط له</translation>
    </message>
    <message>
        <source>held</source>
        <translation>أُقيم</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>الغايات</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>عبارة</translation>
    </message>
    <message>
        <source>metaphor</source>
        <translation>استعارة</translation>
    </message>
    <message>
        <source>slogan</source>
        <translation>شعار</translation>
    </message>
    <message>
        <source>joke</source>
        <translation>نكتة</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>استراتيجية</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>ما جرى تبادله</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>ما جرت المخاطرة به</translation>
    </message>
    <message>
        <source>Part borne</source>
        <translation>الحصة المتحمَّلة</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>كما وُلدت</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>كما وُلدت من جديد</translation>
    </message>
    <message>
        <source>Where it was seen</source>
        <translation>أين شوهدت</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Why the partners pause</source>
        <translation>لماذا يتوقف الشركاء</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>ما الذي صمد</translation>
    </message>
    <message>
        <source>What broke</source>
        <translation>ما الذي تعطّل</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>الأسئلة المحمولة</translation>
    </message>
    <message>
        <source>Voices to amplify</source>
        <translation>الأصوات المراد إعلاؤها</translation>
    </message>
    <message>
        <source>What returned</source>
        <translation>ما الذي عاد</translation>
    </message>
    <message>
        <source>Risk weighed: carbon</source>
        <translation>تقدير الخطر: الكربون</translation>
    </message>
    <message>
        <source>Risk weighed: visas</source>
        <translation>تقدير الخطر: التأشيرات</translation>
    </message>
    <message>
        <source>Risk weighed: surveillance</source>
        <translation>تقدير الخطر: المراقبة</translation>
    </message>
</context>
<context>
    <name>LedgerReview</name>
    <message>
        <source>Balances by pair</source>
        <translation>الأرصدة حسب الثنائي</translation>
    </message>
    <message>
        <source>Given is what the first partner gave the second; received, what it received from the second. Funds count once both sides approve. Asymmetry is |given − received| / (given + received).</source>
        <translation>المُعطى هو ما أعطاه الشريك الأول للثاني، والمُتلقى هو ما تلقّاه منه. لا تُحتسب الأموال إلا بعد موافقة الطرفين. عدم التماثل هو |المُعطى − المُتلقى| / (المُعطى + المُتلقى).</translation>
    </message>
    <message>
        <source>Balances in %1</source>
        <translation>الأرصدة بـ%1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>With</source>
        <translation>الشريك الآخر</translation>
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
        <source>Entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>Asymmetries that persist</source>
        <translation>حالات عدم التماثل المستمرة</translation>
    </message>
    <message>
        <source>No pair&apos;s asymmetry persisted over the last %1 quarters.</source>
        <translation>لم يستمر عدم التماثل لدى أي ثنائي خلال آخر %1 أرباع.</translation>
    </message>
    <message>
        <source>In each of the last %1 quarters the same partner gave at least three times what it received, in the same unit.</source>
        <translation>في كل من آخر %1 أرباع، أعطى الشريك نفسه ثلاثة أضعاف ما تلقّاه على الأقل، بالوحدة نفسها.</translation>
    </message>
    <message>
        <source>Giving more</source>
        <translation>الطرف الأكثر عطاءً</translation>
    </message>
    <message>
        <source>Giving less</source>
        <translation>الطرف الأقل عطاءً</translation>
    </message>
    <message>
        <source>Flows between %1 and %2</source>
        <translation>التدفقات بين %1 و%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Flows over time</source>
        <translation>التدفقات عبر الزمن</translation>
    </message>
    <message>
        <source>Contributions that are not counted in numbers</source>
        <translation>مساهمات لا تُحسب بالأرقام</translation>
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
        <source>Narrative-only contributions</source>
        <translation>المساهمات السردية فقط</translation>
    </message>
    <message>
        <source>Funds and their consent</source>
        <translation>الأموال والموافقة عليها</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>approved for %1 by %2 at %3</source>
        <translation>وافق %2 باسم %1 في %3</translation>
    </message>
    <message>
        <source>withdrawn for %1 by %2 at %3</source>
        <translation>سحب %2 الموافقة باسم %1 في %3</translation>
    </message>
    <message>
        <source>disbursed</source>
        <translation>مصروفة</translation>
    </message>
    <message>
        <source>awaiting %1</source>
        <translation>بانتظار %1</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>الأموال</translation>
    </message>
</context>
<context>
    <name>ListeningQuorum</name>
    <message>
        <source>%1 lists no language it works in: add its languages first, so that its paraphrase can be written in its own language</source>
        <translation>لا يذكر %1 أي لغة يعمل بها: أضف لغاته أولًا، لكي تُكتب إعادة صياغته بلغته</translation>
    </message>
    <message>
        <source>A paraphrase is written in the paraphrasing partner&apos;s own language: %1 works in %2, not in %3</source>
        <translation>تُكتب إعادة الصياغة بلغة الشريك الذي يعيد الصياغة: يعمل %1 بـ%2، لا بـ%3</translation>
    </message>
    <message>
        <source>A campaign is a joint project: it needs at least two partners</source>
        <translation>الحملة مشروع مشترك: تحتاج إلى شريكين على الأقل</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2</source>
        <translation>على %1 أن يعيد صياغة أهداف %2</translation>
    </message>
    <message>
        <source>%1 has not yet acknowledged the paraphrase of its goals by %2</source>
        <translation>لم يُقرّ %1 بعد بإعادة صياغة %2 لأهدافه</translation>
    </message>
    <message>
        <source>%1 sent back the paraphrase of its goals by %2</source>
        <translation>أرجع %1 إعادة صياغة %2 لأهدافه</translation>
    </message>
    <message>
        <source>The goals of %1 changed since %2 paraphrased them: %1 must acknowledge the paraphrase again</source>
        <translation>تغيّرت أهداف %1 منذ أن أعاد %2 صياغتها: على %1 أن يُقرّ بإعادة الصياغة مجددًا</translation>
    </message>
    <message>
        <source>%1 must paraphrase the goals of %2 in a language %1 works in</source>
        <translation>على %1 أن يعيد صياغة أهداف %2 بلغة يعمل بها %1</translation>
    </message>
    <message>
        <source>No cultural exchange is planned with the campaign</source>
        <translation>لم يُخطَّط لأي تبادل ثقافي مع الحملة</translation>
    </message>
    <message>
        <source>The campaign cannot go ahead yet:</source>
        <translation>لا يمكن للحملة أن تنطلق بعد:</translation>
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
        <source>Once the section is shown, go to the last row of its list (as Ctrl+End does), e.g. to grab the end of a long ledger.</source>
        <translation>بعد عرض القسم، انتقل إلى آخر صف في قائمته (كما يفعل Ctrl+End)، مثلًا لالتقاط نهاية سجل تبادل طويل.</translation>
    </message>
    <message>
        <source>Colours: system, dark or high-contrast (default: $TRELLIS_PALETTE, else system).</source>
        <translation>الألوان: system أو dark أو high-contrast (الافتراضي: $TRELLIS_PALETTE، وإلا system).</translation>
    </message>
    <message>
        <source>Run the retro RETRO_ID in facilitation mode (full screen).</source>
        <translation>أدِر المراجعة RETRO_ID في وضع التيسير (ملء الشاشة).</translation>
    </message>
    <message>
        <source>With --facilitate, open at a phase: check_in, write, reveal, group, vote, discuss, actions, close.</source>
        <translation>مع --facilitate، افتح عند مرحلة: check_in, write, reveal, group, vote, discuss, actions, close.</translation>
    </message>
    <message>
        <source>The workspace to open (as --workspace FILE does).</source>
        <translation>مساحة العمل المراد فتحها (كما يفعل --workspace FILE).</translation>
    </message>
    <message>
        <source>Compare the retros of quarters FROM to TO, e.g. 2026-Q1:2026-Q4.</source>
        <translation>قارن مراجعات الأرباع من FROM إلى TO، مثل 2026-Q1:2026-Q4.</translation>
    </message>
    <message>
        <source>Section to show: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</source>
        <translation>القسم المعروض: partners, pauses, ledger, balances, retros, protocols, incidents, rehearsals, translations, campaigns, exchanges, risks, crossovers, calendar, rituals, custodians, drills, journeys.</translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Latin form</source>
        <translation>الاسم بالحروف اللاتينية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Goals in its own words</source>
        <translation>الأهداف بكلماته</translation>
    </message>
    <message>
        <source>As %1 understood it</source>
        <translation>كما فهمها %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>The alliance has no partners yet.</source>
        <translation>لا شركاء في التحالف بعد.</translation>
    </message>
</context>
<context>
    <name>PauseNotes</name>
    <message>
        <source>Pausing with %1 from %2 to %3, agreed by both: rest, not abandonment.</source>
        <translation>في استراحة مع %1 من %2 إلى %3، اتفق عليها الطرفان: راحة لا هجر.</translation>
    </message>
    <message>
        <source>A pause with %1 from %2 to %3 is proposed: it holds once both sides consent.</source>
        <translation>استراحة مع %1 من %2 إلى %3 مقترحة: تسري حين يوافق الطرفان.</translation>
    </message>
</context>
<context>
    <name>ProtocolHandbook</name>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (الإصدار %2)</translation>
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
        <source>Review due</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <source>No partner has agreed to this version yet.</source>
        <translation>لم يوافق أي شريك على هذا الإصدار بعد.</translation>
    </message>
    <message>
        <source>Incidents that used it</source>
        <translation>الحوادث التي استُخدم فيها</translation>
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
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>No incident has used this protocol.</source>
        <translation>لم يُستخدم هذا البروتوكول في أي حادثة.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>البروتوكولات</translation>
    </message>
    <message>
        <source>No conflict protocol has been drafted.</source>
        <translation>لم يُصَغ أي بروتوكول نزاع بعد.</translation>
    </message>
    <message>
        <source>Rupture rehearsals</source>
        <translation>تمارين القطيعة</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>عُقدت في</translation>
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
        <source>No rehearsal was held in this period.</source>
        <translation>لم يُعقد أي تمرين في هذه الفترة.</translation>
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
    <name>ReportHeader</name>
    <message>
        <source>Ledger review</source>
        <translation>تدقيق سجل التبادل</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>تقرير المراجعة</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>كتيّب البروتوكولات</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>دليل الشركاء</translation>
    </message>
    <message>
        <source>(unnamed alliance)</source>
        <translation>(تحالف بلا اسم)</translation>
    </message>
    <message>
        <source>Alliance</source>
        <translation>التحالف</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>الثنائي</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>الشريك</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Unknown language “%1”: %2</source>
        <translation>لغة غير معروفة «%1»: %2</translation>
    </message>
    <message>
        <source>A report needs two different languages.</source>
        <translation>يحتاج التقرير إلى لغتين مختلفتين.</translation>
    </message>
    <message>
        <source>A pair needs its first partner too.</source>
        <translation>يحتاج الثنائي إلى شريكه الأول أيضًا.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was stopped; nothing was saved.</source>
        <translation>أُوقف التصدير؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>ODT export is not available in this build.</source>
        <translation>التصدير بصيغة ODT غير متاح في هذه النسخة.</translation>
    </message>
    <message>
        <source>PDF export is not available in this build.</source>
        <translation>التصدير بصيغة PDF غير متاح في هذه النسخة.</translation>
    </message>
</context>
<context>
    <name>RetroReport</name>
    <message>
        <source>Retro of %1</source>
        <translation>مراجعة الربع %1</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>لم تُنشر بعد</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>مجهول</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%Ln صوت)</numerusform>
            <numerusform>(%Ln صوت)</numerusform>
            <numerusform>(%Ln صوتان)</numerusform>
            <numerusform>(%Ln أصوات)</numerusform>
            <numerusform>(%Ln صوتًا)</numerusform>
            <numerusform>(%Ln صوت)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <source>No answers.</source>
        <translation>لا إجابات.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(منجز)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>موعد الاستحقاق</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>لا إجراءات.</translation>
    </message>
    <message>
        <source>Retros</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>No retro was held in this period.</source>
        <translation>لم تُعقد أي مراجعة في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>RhythmChoices</name>
    <message>
        <source>⁨%1⁩ (version %2)</source>
        <translation>⁨%1⁩ (الإصدار %2)</translation>
    </message>
</context>
<context>
    <name>RhythmLabels</name>
    <message>
        <source>Communication blackout</source>
        <translation>انقطاع الاتصالات</translation>
    </message>
    <message>
        <source>Role swap</source>
        <translation>تبادل الأدوار</translation>
    </message>
    <message>
        <source>Other drill</source>
        <translation>تمرين آخر</translation>
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
    <message>
        <source>Translations</source>
        <translation>الترجمات</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>التبادلات الثقافية</translation>
    </message>
    <message>
        <source>Shared risks</source>
        <translation>المخاطر المشتركة</translation>
    </message>
    <message>
        <source>Narrative crossovers</source>
        <translation>حالات العبور السردي</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>Rituals</source>
        <translation>الطقوس</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Fire drills</source>
        <translation>تمارين الطوارئ</translation>
    </message>
    <message>
        <source>Envoy journeys</source>
        <translation>رحلات المبعوثين</translation>
    </message>
    <message>
        <source>Archive custodians</source>
        <translation>أمناء حفظ الأرشيف</translation>
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
        <translation>زوج اللغات</translation>
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
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Listening quorum</source>
        <translation>نصاب الإصغاء</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>تبدأ في</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>غير مكتمل</translation>
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
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>What was exchanged</source>
        <translation>ما جرى تبادله</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>تاريخ المخاطرة</translation>
    </message>
    <message>
        <source>What was risked</source>
        <translation>ما جرت المخاطرة به</translation>
    </message>
    <message>
        <source>Parts borne</source>
        <translation>الحصص المتحمَّلة</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>وُلدت من جديد في</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>كما وُلدت من جديد</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>وُلدت مع</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>وُلدت من جديد مع</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>بين</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>أُقيم أول مرة في</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>What held</source>
        <translation>ما الذي صمد</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>يغادر في</translation>
    </message>
    <message>
        <source>Envoy</source>
        <translation>المبعوث</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <source>Questions carried</source>
        <translation>الأسئلة المحمولة</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>أمين الحفظ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>TranslationActions</name>
    <message>
        <source>Cannot import translations</source>
        <translation>تعذّر استيراد الترجمات</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>&amp;Export for translation (XLIFF)…</source>
        <translation>صدّر للترجمة (XLIFF) (&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;translations (XLIFF)…</source>
        <translation>استورد الترجمات (XLIFF) (&amp;T)…</translation>
    </message>
    <message>
        <source>Import translations</source>
        <translation>استيراد الترجمات</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff);;All files (*)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Ne&amp;xt field to translate</source>
        <translation>الحقل التالي للترجمة (&amp;X)</translation>
    </message>
    <message>
        <source>Open the next field waiting in the Translations section (F8)</source>
        <translation>افتح الحقل التالي المنتظِر في قسم «الترجمات» (F8)</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>صُغ مسودة بـApertium (&amp;A)…</translation>
    </message>
</context>
<context>
    <name>TranslationQueue</name>
    <message>
        <source>Retro answer</source>
        <translation>إجابة مراجعة</translation>
    </message>
    <message>
        <source>Retro action</source>
        <translation>إجراء مراجعة</translation>
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
        <source>Ledger entry</source>
        <translation>قيد</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>Goal paraphrase</source>
        <translation>إعادة صياغة الأهداف</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>%1: this field is not shown in its record&apos;s editor; translate it with File ▸ Export for translation (XLIFF)…</source>
        <translation>%1: لا يظهر هذا الحقل في محرر سجله؛ ترجمه عبر ملف ▸ تصدير للترجمة (XLIFF)…</translation>
    </message>
    <message>
        <source>The workspace is open read-only: no translation can be saved in it.</source>
        <translation>مساحة العمل مفتوحة للقراءة فقط: لا يمكن حفظ أي ترجمة فيها.</translation>
    </message>
    <message>
        <source>%1 has no editor in the window yet: translate its fields with File ▸ Export for translation (XLIFF)…</source>
        <translation>لا محرّر لـ%1 في النافذة بعد: ترجم حقوله عبر ملف ▸ تصدير للترجمة (XLIFF)…</translation>
    </message>
    <message>
        <source>Note on a paraphrase</source>
        <translation>ملاحظة على إعادة صياغة</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>حملة</translation>
    </message>
    <message>
        <source>Cultural exchange</source>
        <translation>تبادل ثقافي</translation>
    </message>
    <message>
        <source>Shared risk</source>
        <translation>خطر مشترك</translation>
    </message>
    <message>
        <source>Part of a shared risk</source>
        <translation>نصيب من خطر مشترك</translation>
    </message>
    <message>
        <source>Narrative crossover</source>
        <translation>عبور سردي</translation>
    </message>
    <message>
        <source>Ritual</source>
        <translation>طقس</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Archive hand-over</source>
        <translation>تسليم الأرشيف</translation>
    </message>
    <message>
        <source>Fire drill</source>
        <translation>تمرين طوارئ</translation>
    </message>
    <message>
        <source>Envoy journey</source>
        <translation>رحلة مبعوث</translation>
    </message>
    <message>
        <source>Retro theme</source>
        <translation>موضوع مراجعة</translation>
    </message>
    <message>
        <source>Facilitator&apos;s note</source>
        <translation>ملاحظة الميسّر</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>تحديث محلي</translation>
    </message>
    <message>
        <source>Action review</source>
        <translation>تقييم إجراء</translation>
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
    <message>
        <source>Opened read-only</source>
        <translation>فُتحت للقراءة فقط</translation>
    </message>
    <message>
        <source>This workspace contains database objects that Trellis did not write. They could change records behind your back, so Trellis opened it read-only: you can read and export, but not save.</source>
        <translation>تحتوي مساحة العمل هذه على كائنات قاعدة بيانات لم يكتبها Trellis. قد تغيّر هذه الكائنات السجلات من وراء ظهرك، لذا فتحها Trellis للقراءة فقط: يمكنك القراءة والتصدير، لا الحفظ.</translation>
    </message>
    <message>
        <source>What differs from a Trellis workspace:</source>
        <translation>ما يختلف عن مساحة عمل Trellis:</translation>
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
    <message>
        <source>Trellis is free software: you may share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1). It comes with no warranty.</source>
        <translation>Trellis برنامج حر: يمكنك مشاركته وتعديله وفق شروط رخصة جنو العمومية العامة، الإصدار 3 أو (حسب اختيارك) أي إصدار لاحق (%1). يأتي دون أي ضمان.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ActionsPanel</name>
    <message>
        <source>&amp;Owner:</source>
        <translation>المسؤول (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>موعد الاستحقاق (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Action in %1:</source>
        <translation>الإجراء بـ%1 (&amp;A):</translation>
    </message>
    <message>
        <source>Action in %1 (&amp;B):</source>
        <translation>الإجراء بـ%1 (&amp;B):</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>بلا موعد استحقاق</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>منقول</translation>
    </message>
    <message numerus="yes">
        <source>Adjust commitments: in the last %n quarter(s), %1 gave %2 to %3 and received %4</source>
        <translation>
            <numerusform>عدّل الالتزامات: في آخر %Ln ربع، أعطى %1 إلى %3 ما قدره %2 وتلقّى %4</numerusform>
            <numerusform>عدّل الالتزامات: في الربع الأخير (%Ln)، أعطى %1 إلى %3 ما قدره %2 وتلقّى %4</numerusform>
            <numerusform>عدّل الالتزامات: في الربعين الأخيرين (%Ln)، أعطى %1 إلى %3 ما قدره %2 وتلقّى %4</numerusform>
            <numerusform>عدّل الالتزامات: في آخر %Ln أرباع، أعطى %1 إلى %3 ما قدره %2 وتلقّى %4</numerusform>
            <numerusform>عدّل الالتزامات: في آخر %Ln ربعًا، أعطى %1 إلى %3 ما قدره %2 وتلقّى %4</numerusform>
            <numerusform>عدّل الالتزامات: في آخر %Ln ربع، أعطى %1 إلى %3 ما قدره %2 وتلقّى %4</numerusform>
        </translation>
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
        <translation>عدم تماثل الثنائي: %1</translation>
    </message>
    <message>
        <source>Funds awaiting consent: %1</source>
        <translation>أموال بانتظار الموافقة: %1</translation>
    </message>
    <message numerus="yes">
        <source>The asymmetry persists: one side gave far more in each of the last %n quarters.</source>
        <translation>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %Ln ربع.</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في الربع الأخير (%Ln).</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كلٍّ من الربعين الأخيرين (%Ln).</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %Ln أرباع.</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %Ln ربعًا.</numerusform>
            <numerusform>يستمر عدم التماثل: أعطى أحد الطرفين أكثر بكثير في كل من آخر %Ln ربع.</numerusform>
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
        <translation>أرقام الثنائي حسب الوحدة</translation>
    </message>
    <message>
        <source>Contributions not counted in numbers:</source>
        <translation>مساهمات لا تُحسب بالأرقام:</translation>
    </message>
    <message>
        <source>Narrative-only contributions of the pair</source>
        <translation>مساهمات الثنائي السردية فقط</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix: its pair&apos;s figures appear here.</source>
        <translation>اختر خلية من المصفوفة: تظهر أرقام ثنائيّها هنا.</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>اختر خلية من المصفوفة لترى تدفقات الثنائي عبر الزمن.</translation>
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
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الثنائي — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %Ln ربع.</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الثنائي — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في الربع الأخير (%Ln).</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الثنائي — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كلٍّ من الربعين الأخيرين (%Ln).</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الثنائي — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %Ln أرباع.</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الثنائي — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %Ln ربعًا.</numerusform>
            <numerusform>الصفوف أعطت، والأعمدة تلقّت. المظلَّل: يستمر عدم تماثل الثنائي — أعطى أحد الطرفين ثلاثة أضعاف ما تلقّاه على الأقل في كل من آخر %Ln ربع.</numerusform>
        </translation>
    </message>
    <message>
        <source>(asymmetry |given − received| / (given + received))</source>
        <translation>(عدم التماثل |المُعطى − المُتلقى| / (المُعطى + المُتلقى))</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>الفترة (&amp;O):</translation>
    </message>
    <message>
        <source>Unit of the matrix</source>
        <translation>وحدة المصفوفة</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>الوحدة (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Show entries</source>
        <translation>اعرض القيود (&amp;S)</translation>
    </message>
    <message>
        <source>Open the ledger filtered to the selected pair and period (Enter, or double-click a cell)</source>
        <translation>افتح سجل التبادل مُصفّى حسب الثنائي والفترة المحددين (Enter، أو انقر نقرًا مزدوجًا على خلية)</translation>
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
    <name>trellis::gui::CalendarAgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>On the partners&apos; clocks</source>
        <translation>بحسب ساعات الشركاء</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarDayDelegate</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 أخرى</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CalendarView</name>
    <message>
        <source>Gregorian</source>
        <translation>الميلادي</translation>
    </message>
    <message>
        <source>Persian (Solar Hijri)</source>
        <translation>الفارسي (الهجري الشمسي)</translation>
    </message>
    <message>
        <source>Islamic (Umm al-Qura)</source>
        <translation>الإسلامي (أم القرى)</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبري</translation>
    </message>
    <message>
        <source>Buddhist</source>
        <translation>البوذي</translation>
    </message>
    <message>
        <source>Indian national</source>
        <translation>الهندي الوطني</translation>
    </message>
    <message>
        <source>Ethiopian</source>
        <translation>الإثيوبي</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>الياباني</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>الشهر السابق (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>الشهر التالي (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>اليوم (&amp;O)</translation>
    </message>
    <message>
        <source>Calendar the month is counted in</source>
        <translation>التقويم الذي يُحسب به الشهر</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>التقويم (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>الشهر (&amp;M)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>جدول المواعيد (&amp;G)</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>أيام الشهر</translation>
    </message>
    <message>
        <source>What falls on the day chosen</source>
        <translation>ما يقع في اليوم المختار</translation>
    </message>
    <message>
        <source>Agenda of the month</source>
        <translation>جدول مواعيد الشهر</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · من %2 إلى %3</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>تصدير التقويم (&amp;X)…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CampaignEditor</name>
    <message>
        <source>Starts on</source>
        <translation>تبدأ في</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Next status</source>
        <translation>الحالة التالية</translation>
    </message>
    <message>
        <source>&amp;Change status</source>
        <translation>غيّر الحالة (&amp;C)</translation>
    </message>
    <message>
        <source>Quorum met and active need the listening quorum: every partner has paraphrased the goals of every other, and each paraphrase is acknowledged</source>
        <translation>تتطلب الحالتان «مكتملة النصاب» و«نشطة» اكتمال نصاب الإصغاء: أن يكون كل شريك قد أعاد صياغة أهداف كل شريك آخر، وأن تكون كل إعادة صياغة مُقَرّة</translation>
    </message>
    <message>
        <source>Cultural exchanges</source>
        <translation>التبادلات الثقافية</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>تبدأ في (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>تنتهي في (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>الشركاء (&amp;P):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Cultural exchanges:</source>
        <translation>التبادلات الثقافية:</translation>
    </message>
    <message>
        <source>Listening quorum:</source>
        <translation>نصاب الإصغاء:</translation>
    </message>
    <message>
        <source>%1, %2 (%3)%4</source>
        <translation>%1، %2 (%3)%4</translation>
    </message>
    <message>
        <source>none planned yet: a campaign becomes active only with one</source>
        <translation>لم يُخطَّط لأي تبادل بعد: لا تصبح الحملة نشطة إلا بتبادل واحد على الأقل</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>A campaign starts as proposed. It becomes active once every partner has paraphrased the goals of every other in its own language, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>تبدأ الحملة بحالة «مقترحة». وتصبح نشطة بعد أن يعيد كل شريك صياغة أهداف كل شريك آخر بلغته، ويُقَرّ بكل إعادة صياغة، ويُخطَّط لتبادل ثقافي.</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>إضافة حملة</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>تعديل الحملة</translation>
    </message>
    <message>
        <source>The campaign is now %1. Status changes are kept in its history and are not undone.</source>
        <translation>أصبحت الحملة %1. تُحفظ تغييرات الحالة في تاريخها ولا يمكن التراجع عنها.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <source>Campaign %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذفت الحملة %1. «تراجع» (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>Save or cancel the campaign&apos;s changes first: changing its status reloads it.</source>
        <translation>احفظ تغييرات الحملة أو ألغِها أولاً: تغيير حالتها يعيد تحميلها.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CheckInPanel</name>
    <message>
        <source>A note on the action (optional), then Ctrl+1 done, Ctrl+2 carried over, Ctrl+3 dropped</source>
        <translation>ملاحظة على الإجراء (اختيارية)، ثم Ctrl+1 منجز، وCtrl+2 منقول، وCtrl+3 متروك</translation>
    </message>
    <message>
        <source>One line from this partner, in its language; Enter saves</source>
        <translation>سطر واحد من هذا الشريك، بلغته؛ Enter يحفظ</translation>
    </message>
    <message>
        <source>&amp;Open actions of the previous retro:</source>
        <translation>الإجراءات المفتوحة من المراجعة السابقة (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة (&amp;N):</translation>
    </message>
    <message>
        <source>Local update from &amp;partner:</source>
        <translation>تحديث محلي من الشريك (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation>التحديث (&amp;U):</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>بلا مسؤول</translation>
    </message>
    <message>
        <source>not reviewed yet</source>
        <translation>لم يُراجَع بعد</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <source>The previous retro left no open actions.</source>
        <translation>لم تترك المراجعة السابقة أي إجراءات مفتوحة.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ClosePanel</name>
    <message>
        <source>P&amp;ublish…</source>
        <translation>انشر (&amp;U)…</translation>
    </message>
    <message>
        <source>Answers: %1 · themes: %2 · votes: %3 · actions: %4 (carried over: %5) · local updates: %6</source>
        <translation>الإجابات: %1 · المحاور: %2 · الأصوات: %3 · الإجراءات: %4 (المنقولة: %5) · التحديثات المحلية: %6</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>نُشرت.</translation>
    </message>
    <message>
        <source>Publish this retro&apos;s bilingual record? Its answers, votes and actions become final; translations can still be added.</source>
        <translation>هل تنشر السجل ثنائي اللغة لهذه المراجعة؟ تصبح إجاباتها وأصواتها وإجراءاتها نهائية؛ ولا يزال بالإمكان إضافة ترجمات.</translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) are not yet in both languages of the pair.</source>
        <translation>
            <numerusform>%Ln نص ليس بعد بلغتَي زوج اللغات كلتيهما.</numerusform>
            <numerusform>نص واحد (%Ln) ليس بعد بلغتَي زوج اللغات كلتيهما.</numerusform>
            <numerusform>نصان (%Ln) ليسا بعد بلغتَي زوج اللغات كلتيهما.</numerusform>
            <numerusform>%Ln نصوص ليست بعد بلغتَي زوج اللغات كلتيهما.</numerusform>
            <numerusform>%Ln نصًا ليس بعد بلغتَي زوج اللغات كلتيهما.</numerusform>
            <numerusform>%Ln نص ليس بعد بلغتَي زوج اللغات كلتيهما.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish retro</source>
        <translation>نشر المراجعة</translation>
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
        <translation>الطرف (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>بواسطة (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>وافق (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>اسحب الموافقة (&amp;W)</translation>
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
        <translation>وافق (&amp;A)…</translation>
    </message>
    <message>
        <source>Record one side&apos;s approval of these funds</source>
        <translation>سجّل موافقة أحد الطرفين على هذه الأموال</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval…</source>
        <translation>اسحب الموافقة (&amp;W)…</translation>
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
    <name>trellis::gui::CrossoverEditor</name>
    <message>
        <source>Kind of crossover</source>
        <translation>نوع العبور</translation>
    </message>
    <message>
        <source>Born with</source>
        <translation>وُلدت مع</translation>
    </message>
    <message>
        <source>Reborn with</source>
        <translation>وُلدت من جديد مع</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>وُلدت في</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>وُلدت من جديد في</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>Born &amp;with:</source>
        <translation>وُلدت مع (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Reborn with:</source>
        <translation>وُلدت من جديد مع (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation>وُلدت في (&amp;B):</translation>
    </message>
    <message>
        <source>Reborn &amp;on:</source>
        <translation>وُلدت من جديد في (&amp;O):</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>الحملات (&amp;M):</translation>
    </message>
    <message>
        <source>As written:</source>
        <translation>كما كُتبت:</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>لم تُكتب بعد</translation>
    </message>
    <message>
        <source>New narrative crossover</source>
        <translation>عبور سردي جديد</translation>
    </message>
    <message>
        <source>A phrase, metaphor, slogan or strategy born in one partner&apos;s language and reborn in another&apos;s. Write it as born in the language of the partner it was born with, and as reborn in the language of the partner who adopted it.</source>
        <translation>عبارة أو استعارة أو شعار أو استراتيجية وُلدت بلغة شريك ثم وُلدت من جديد بلغة شريك آخر. اكتبها كما وُلدت بلغة الشريك الذي وُلدت معه، وكما وُلدت من جديد بلغة الشريك الذي تبنّاها.</translation>
    </message>
    <message>
        <source>Write it as born in the language of %1 (%2), not in %3</source>
        <translation>اكتبها كما وُلدت بلغة %1 (%2)، لا بـ%3</translation>
    </message>
    <message>
        <source>Write it as reborn in the language of %1 (%2), not in %3</source>
        <translation>اكتبها كما وُلدت من جديد بلغة %1 (%2)، لا بـ%3</translation>
    </message>
    <message>
        <source>Choose the partner it was born with and the partner who adopted it</source>
        <translation>اختر الشريك الذي وُلدت معه والشريك الذي تبنّاها</translation>
    </message>
    <message>
        <source>A crossover goes from one partner to another: choose two partners</source>
        <translation>ينتقل العبور من شريك إلى آخر: اختر شريكين</translation>
    </message>
    <message>
        <source>Add narrative crossover</source>
        <translation>إضافة عبور سردي</translation>
    </message>
    <message>
        <source>Edit narrative crossover</source>
        <translation>تعديل العبور السردي</translation>
    </message>
    <message>
        <source>Delete narrative crossover</source>
        <translation>حذف العبور السردي</translation>
    </message>
    <message>
        <source>Narrative crossover deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف العبور السردي. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CrossoversDialog</name>
    <message>
        <source>Narrative crossovers</source>
        <translation>العبور السردي</translation>
    </message>
    <message>
        <source>Phrases, metaphors, slogans and strategies born in one partner&apos;s language and reborn in another&apos;s: the proof of internalization, pair by pair.</source>
        <translation>عبارات واستعارات وشعارات واستراتيجيات وُلدت بلغة شريك ووُلدت من جديد بلغة شريك آخر: دليل الاستيعاب، ثنائيةً ثنائيةً من الشركاء.</translation>
    </message>
    <message>
        <source>Pairs of partners</source>
        <translation>ثنائيات الشركاء</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Crossovers</source>
        <translation>حالات العبور</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأولى</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>The pair&apos;s crossovers over time</source>
        <translation>حالات عبور هذين الشريكين عبر الزمن</translation>
    </message>
    <message>
        <source>Reborn on</source>
        <translation>وُلد من جديد في</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <source>As born</source>
        <translation>عند الولادة</translation>
    </message>
    <message>
        <source>As reborn</source>
        <translation>عند الولادة الجديدة</translation>
    </message>
    <message>
        <source>%1 (%2 → %3, %4 → %5)</source>
        <translation>%1 (%2 → %3، %4 → %5)</translation>
    </message>
    <message>
        <source>No crossover is recorded yet.</source>
        <translation>لم يُسجَّل أي عبور بعد.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::CustodianTermEditor</name>
    <message>
        <source>The partner who takes the archive over</source>
        <translation>الشريك الذي يتسلّم الأرشيف</translation>
    </message>
    <message>
        <source>Day of the hand-over</source>
        <translation>يوم التسليم</translation>
    </message>
    <message>
        <source>The custodians&apos; rotation it belongs to</source>
        <translation>تناوب أمناء الحفظ الذي ينتمي إليه</translation>
    </message>
    <message>
        <source>Next due:</source>
        <translation>الدور التالي:</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>أمين الحفظ (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation>سُلِّم في (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>التناوب (&amp;R):</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>الموعد الذي يفي به (&amp;L):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>No one takes turns yet: name the partners of a custodians&apos; rotation ritual, or record a first hand-over.</source>
        <translation>لا أحد يتناوب بعد: سمِّ شركاء طقس لتناوب أمناء الحفظ، أو سجّل أول تسليم.</translation>
    </message>
    <message>
        <source>%1, at the rotation on %2</source>
        <translation>%1، في التناوب يوم %2</translation>
    </message>
    <message>
        <source>%1 (no rotation ritual gives the day)</source>
        <translation>%1 (لا يحدد أي طقس تناوب اليوم)</translation>
    </message>
    <message>
        <source>They held it last too: the rotation has no one else to hand it to.</source>
        <translation>تولّى حفظه في المرة السابقة أيضًا: ليس في التناوب أحد آخر يُسلَّم إليه.</translation>
    </message>
    <message>
        <source>New hand-over of the archive</source>
        <translation>تسليم جديد للأرشيف</translation>
    </message>
    <message>
        <source>%1 took the archive over on %2</source>
        <translation>تسلّم %1 الأرشيف في %2</translation>
    </message>
    <message>
        <source>“Rotate stewardship of these commons. Assign alternating custodians every cycle to prevent gatekeeping.” Record each hand-over on its day, with what was handed over.</source>
        <translation>«تدوير رعاية هذه المشاعات. تعيين أمناء حفظ متناوبين في كل دورة لمنع احتكار الوصول.» سجّل كل تسليم في يومه، مع ما سُلِّم.</translation>
    </message>
    <message>
        <source>The same custodian twice in a row</source>
        <translation>أمين الحفظ نفسه مرتين متتاليتين</translation>
    </message>
    <message>
        <source>%1 would hold the archive twice in a row: they also took it over on %2. Rotation keeps the archive from becoming one partner&apos;s gate. Record this hand-over anyway?</source>
        <translation>سيتولى %1 حفظ الأرشيف مرتين متتاليتين: فقد تسلّمه أيضًا في %2. يمنع التناوب أن يصبح الأرشيف بوابة يتحكم بها شريك واحد. هل تسجّل هذا التسليم رغم ذلك؟</translation>
    </message>
    <message>
        <source>Not saved: choose another custodian, or save again and confirm.</source>
        <translation>لم يُحفظ: اختر أمين حفظ آخر، أو احفظ مجددًا وأكّد.</translation>
    </message>
    <message>
        <source>Add hand-over</source>
        <translation>إضافة تسليم</translation>
    </message>
    <message>
        <source>Edit hand-over</source>
        <translation>تعديل التسليم</translation>
    </message>
    <message>
        <source>Delete hand-over</source>
        <translation>حذف التسليم</translation>
    </message>
    <message>
        <source>Hand-over deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف التسليم. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DateField</name>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>اختر التاريخ من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Type a date, e.g. %1</source>
        <translation>اكتب تاريخًا، مثل %1</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالشكل %2</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it as %2 or %3</source>
        <translation>«%1» ليس تاريخًا: اكتبه بالشكل %2 أو %3</translation>
    </message>
</context>
<context>
    <name>trellis::gui::DiscussPanel</name>
    <message>
        <source>A note on this item; Enter saves it</source>
        <translation>ملاحظة على هذا البند؛ Enter يحفظها</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n vote(s)</source>
        <translation>
            <numerusform>%1 — %Ln صوت</numerusform>
            <numerusform>%1 — صوت واحد (%Ln)</numerusform>
            <numerusform>%1 — صوتان (%Ln)</numerusform>
            <numerusform>%1 — %Ln أصوات</numerusform>
            <numerusform>%1 — %Ln صوتًا</numerusform>
            <numerusform>%1 — %Ln صوت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::EnvoyJourneyEditor</name>
    <message>
        <source>The envoy who travels</source>
        <translation>المبعوث الذي يسافر</translation>
    </message>
    <message>
        <source>The partner the envoy leaves from</source>
        <translation>الشريك الذي ينطلق منه المبعوث</translation>
    </message>
    <message>
        <source>The partner the envoy travels to</source>
        <translation>الشريك الذي يسافر إليه المبعوث</translation>
    </message>
    <message>
        <source>First day of the journey</source>
        <translation>أول أيام الرحلة</translation>
    </message>
    <message>
        <source>Last day of the journey</source>
        <translation>آخر أيام الرحلة</translation>
    </message>
    <message>
        <source>Ledger entries that hosted or funded the journey</source>
        <translation>القيود التي استضافت الرحلة أو موّلتها</translation>
    </message>
    <message>
        <source>Narrative crossovers the journey carried</source>
        <translation>حالات العبور السردي التي حملتها الرحلة</translation>
    </message>
    <message>
        <source>&amp;Envoy:</source>
        <translation>المبعوث (&amp;E):</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>من (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>يغادر في (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Back on:</source>
        <translation>يعود في (&amp;B):</translation>
    </message>
    <message>
        <source>Le&amp;dger entries:</source>
        <translation>القيود (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Crossovers carried:</source>
        <translation>حالات العبور المحمولة (&amp;C):</translation>
    </message>
    <message>
        <source>New envoy journey</source>
        <translation>رحلة مبعوث جديدة</translation>
    </message>
    <message>
        <source>⁨%1⁩ from %2 to %3</source>
        <translation>⁨%1⁩ من %2 إلى %3</translation>
    </message>
    <message>
        <source>“What questions will they carry, what voices will they amplify, and how will the wisdom they gather return home?” Write the questions before the envoy leaves, weigh the risks (carbon, visas, surveillance), and what returned once they are back.</source>
        <translation>«ما الأسئلة التي سيحملونها، وما الأصوات التي سيُعلونها، وكيف ستعود الحكمة التي يجمعونها إلى الديار؟» اكتب الأسئلة قبل أن يغادر المبعوث، وقدّر المخاطر (الكربون، التأشيرات، المراقبة)، وما الذي عاد بعد رجوعه.</translation>
    </message>
    <message>
        <source>The journey ends (%1) before it begins (%2)</source>
        <translation>تنتهي الرحلة (%1) قبل أن تبدأ (%2)</translation>
    </message>
    <message>
        <source>Add envoy journey</source>
        <translation>إضافة رحلة مبعوث</translation>
    </message>
    <message>
        <source>Edit envoy journey</source>
        <translation>تعديل رحلة المبعوث</translation>
    </message>
    <message>
        <source>Delete envoy journey</source>
        <translation>حذف رحلة المبعوث</translation>
    </message>
    <message>
        <source>Envoy journey deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذفت رحلة المبعوث. «تراجع» (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>Fulf&amp;ils:</source>
        <translation>الموعد الذي يفي به (&amp;I):</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ExchangeEditor</name>
    <message>
        <source>Kind of exchange</source>
        <translation>نوع التبادل</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>أُقيم في</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>الشركاء</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>أُقيم في (&amp;H):</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>الحالة (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>الشركاء (&amp;P):</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>الحملات (&amp;M):</translation>
    </message>
    <message>
        <source>New cultural exchange</source>
        <translation>تبادل ثقافي جديد</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>An art trade, a study session, a storytelling night: an exchange between at least two partners. Pair it with a campaign here; a campaign becomes active only with one planned.</source>
        <translation>تبادل أعمال فنية، أو جلسة دراسية، أو أمسية حكايات: تبادلٌ بين شريكين على الأقل. اربطه هنا بحملة؛ فلا تصبح الحملة نشطة إلا إذا خُطِّط لتبادل معها.</translation>
    </message>
    <message>
        <source>Add cultural exchange</source>
        <translation>إضافة تبادل ثقافي</translation>
    </message>
    <message>
        <source>Edit cultural exchange</source>
        <translation>تعديل التبادل الثقافي</translation>
    </message>
    <message>
        <source>Delete cultural exchange</source>
        <translation>حذف التبادل الثقافي</translation>
    </message>
    <message>
        <source>Cultural exchange deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف التبادل الثقافي. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>الموعد الذي يفي به (&amp;L):</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FacilitationWindow</name>
    <message>
        <source>Run retro</source>
        <translation>إدارة المراجعة</translation>
    </message>
    <message>
        <source>This retro is published: it can no longer be run, only translated.</source>
        <translation>هذه المراجعة منشورة: لم تعد إدارتها ممكنة، بل ترجمتها فقط.</translation>
    </message>
    <message>
        <source>Ctrl+Page Down / Ctrl+Page Up</source>
        <translation>Ctrl+Page Down / Ctrl+Page Up</translation>
    </message>
    <message>
        <source>next phase / previous phase</source>
        <translation>المرحلة التالية / المرحلة السابقة</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>start or pause the timer</source>
        <translation>شغّل المؤقّت أو أوقفه مؤقتًا</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>one more minute</source>
        <translation>دقيقة إضافية</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>show or hide the room&apos;s view</source>
        <translation>أظهر عرض القاعة أو أخفِه</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>undo / redo</source>
        <translation>تراجع / إعادة</translation>
    </message>
    <message>
        <source>Tab, arrows</source>
        <translation>Tab، الأسهم</translation>
    </message>
    <message>
        <source>next field, next answer</source>
        <translation>الحقل التالي، الإجابة التالية</translation>
    </message>
    <message>
        <source>Ctrl+1, Ctrl+2, Ctrl+3</source>
        <translation>Ctrl+1، Ctrl+2، Ctrl+3</translation>
    </message>
    <message>
        <source>check-in: done, carried over, dropped</source>
        <translation>جولة الافتتاح: منجز، منقول، متروك</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3, Enter</source>
        <translation>Alt+1، Alt+2، Alt+3، Enter</translation>
    </message>
    <message>
        <source>write: choose the question, save the answer</source>
        <translation>الكتابة: اختر السؤال، احفظ الإجابة</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>reveal: translate this answer</source>
        <translation>الكشف: ترجم هذه الإجابة</translation>
    </message>
    <message>
        <source>Ctrl+G / Ctrl+Shift+G</source>
        <translation>Ctrl+G / Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>group: make a theme of the selected answers / take them out</source>
        <translation>التجميع: اجعل الإجابات المحددة محورًا / أخرِجها منه</translation>
    </message>
    <message>
        <source>+ / −, Ctrl+Enter</source>
        <translation>+ / −، Ctrl+Enter</translation>
    </message>
    <message>
        <source>vote: give or take back a vote, close or reopen the vote</source>
        <translation>التصويت: امنح صوتًا أو استردّه، أغلق التصويت أو أعد فتحه</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>discuss: save the item&apos;s note</source>
        <translation>النقاش: احفظ ملاحظة البند</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>actions: add the action</source>
        <translation>الإجراءات: أضف الإجراء</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>close: publish</source>
        <translation>الختام: انشر</translation>
    </message>
    <message>
        <source>F1, Esc</source>
        <translation>F1، Esc</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>هذه المساعدة</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>leave facilitation (everything is already saved)</source>
        <translation>غادر وضع التيسير (كل شيء محفوظ مسبقًا)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Retro — the room&apos;s view</source>
        <translation>المراجعة — عرض القاعة</translation>
    </message>
    <message>
        <source>%1 retro · %2</source>
        <translation>مراجعة %1 · %2</translation>
    </message>
    <message>
        <source>anonymous answers welcome</source>
        <translation>الإجابات المجهولة مرحّب بها</translation>
    </message>
    <message>
        <source>named answers only</source>
        <translation>إجابات بأسماء أصحابها فقط</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(متوقف مؤقتًا)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>compare this quarter with the three before it</source>
        <translation>قارن هذا الربع بالأرباع الثلاثة السابقة له</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>export the retro report, at any phase</source>
        <translation>صدّر تقرير المراجعة، في أي مرحلة</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>check-in: begin or end a moment of silence (one minute, its own timer)</source>
        <translation>جولة الافتتاح: ابدأ لحظة صمت أو أنهِها (دقيقة واحدة، بمؤقّتها الخاص)</translation>
    </message>
    <message>
        <source>a moment of silence</source>
        <translation>لحظة صمت</translation>
    </message>
    <message>
        <source>A moment of silence</source>
        <translation>لحظة صمت</translation>
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
    <message>
        <source>Apertium did not know these words: %1</source>
        <translation>لم يعرف Apertium هذه الكلمات: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FireDrillEditor</name>
    <message>
        <source>Kind of drill</source>
        <translation>نوع التمرين</translation>
    </message>
    <message>
        <source>First day of the drill</source>
        <translation>أول أيام التمرين</translation>
    </message>
    <message>
        <source>Last day of the drill</source>
        <translation>آخر أيام التمرين</translation>
    </message>
    <message>
        <source>Partners in the drill</source>
        <translation>الشركاء في التمرين</translation>
    </message>
    <message>
        <source>Protocols the drill tested</source>
        <translation>البروتوكولات التي اختبرها التمرين</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>حتى (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>الشركاء (&amp;P):</translation>
    </message>
    <message>
        <source>Pro&amp;tocols tested:</source>
        <translation>البروتوكولات المختبرة (&amp;T):</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>الموعد الذي يفي به (&amp;L):</translation>
    </message>
    <message>
        <source>New fire drill</source>
        <translation>تمرين طوارئ جديد</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 من %2 إلى %3</translation>
    </message>
    <message>
        <source>“Suspend communication for a week to see if local nodes can sustain contact through alternative means. Swap representative roles to expose dependency on individual personalities.” Record a drill once it has been run: at least two partners, and what held or what broke.</source>
        <translation>«تعليق التواصل لمدة أسبوع لمعرفة ما إذا كانت العُقد المحلية قادرة على إدامة الاتصال بوسائل بديلة. تبادل أدوار التمثيل لكشف الاعتماد على شخصيات بعينها.» سجّل التمرين بعد إجرائه: شريكان على الأقل، وما الذي صمد أو ما الذي تعطّل.</translation>
    </message>
    <message>
        <source>The drill ends (%1) before it begins (%2)</source>
        <translation>ينتهي التمرين (%1) قبل أن يبدأ (%2)</translation>
    </message>
    <message>
        <source>Add fire drill</source>
        <translation>إضافة تمرين طوارئ</translation>
    </message>
    <message>
        <source>Edit fire drill</source>
        <translation>تعديل تمرين الطوارئ</translation>
    </message>
    <message>
        <source>Fire drill recorded.</source>
        <translation>سُجّل تمرين الطوارئ.</translation>
    </message>
    <message>
        <source>Delete fire drill</source>
        <translation>حذف تمرين الطوارئ</translation>
    </message>
    <message>
        <source>Fire drill deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف تمرين الطوارئ. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::FulfilmentPicker</name>
    <message>
        <source>⁨%1⁩ on %2</source>
        <translation>⁨%1⁩ في %2</translation>
    </message>
    <message>
        <source>The ritual occurrence this record fulfils</source>
        <translation>موعد الطقس الذي يفي به هذا السجل</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Saved, but not linked to the ritual: %1</source>
        <translation>حُفظ، لكنه لم يُربط بالطقس: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::GroupPanel</name>
    <message>
        <source>Tags, separated by commas; Ctrl+G groups the selected answers with them</source>
        <translation>وسوم، مفصولة بفواصل؛ Ctrl+G يجمّع الإجابات المحددة تحتها</translation>
    </message>
    <message>
        <source>Theme %1 (%2): %3</source>
        <translation>المحور %1 (%2): %3</translation>
    </message>
    <message>
        <source>Move answers</source>
        <translation>نقل الإجابات</translation>
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
        <translation>استعرض (&amp;B)…</translation>
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
        <translation>الملف (&amp;F):</translation>
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
        <translation>الفاصل (&amp;D):</translation>
    </message>
    <message>
        <source>De&amp;cimal separator:</source>
        <translation>فاصل الأعشار (&amp;C):</translation>
    </message>
    <message>
        <source>Da&amp;tes:</source>
        <translation>التواريخ (&amp;T):</translation>
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
    <message numerus="yes">
        <source>%Ln of them dated inside an agreed pause: the import asks about them first.</source>
        <translation>
            <numerusform>لا شيء منها مؤرخ ضمن استراحة متفق عليها.</numerusform>
            <numerusform>صف منها مؤرخ ضمن استراحة متفق عليها: يسأل الاستيراد عنه أولًا.</numerusform>
            <numerusform>صفان منها مؤرخان ضمن استراحة متفق عليها: يسأل الاستيراد عنهما أولًا.</numerusform>
            <numerusform>%Ln صفوف منها مؤرخة ضمن استراحة متفق عليها: يسأل الاستيراد عنها أولًا.</numerusform>
            <numerusform>%Ln صفًا منها مؤرخة ضمن استراحة متفق عليها: يسأل الاستيراد عنها أولًا.</numerusform>
            <numerusform>%Ln صف منها مؤرخة ضمن استراحة متفق عليها: يسأل الاستيراد عنها أولًا.</numerusform>
        </translation>
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
        <translation>استورد (&amp;I)</translation>
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
    <message>
        <source>ok, inside an agreed pause</source>
        <translation>سليم، ضمن استراحة متفق عليها</translation>
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
        <translation>أوقف الاستيراد (&amp;S)</translation>
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
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 rest from %3 to %4 (lines %5).</source>
        <translation>يستريح %1 و%2 من %3 إلى %4 (الأسطر %5).</translation>
    </message>
    <message>
        <source>Lines %1.</source>
        <translation>الأسطر %1.</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>ضمن استراحة متفق عليها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of this file are dated inside a pause their partners agreed. A pause is rest, not abandonment: record them anyway, or leave them out of this import?</source>
        <translation>
            <numerusform>لا صفوف في هذا الملف مؤرخة ضمن استراحة اتفق عليها الشركاء.</numerusform>
            <numerusform>صف واحد في هذا الملف مؤرخ ضمن استراحة اتفق عليها شريكاه. الاستراحة راحة لا هجر: أتسجله رغم ذلك، أم تتركه خارج هذا الاستيراد؟</numerusform>
            <numerusform>صفان في هذا الملف مؤرخان ضمن استراحة اتفق عليها الشركاء. الاستراحة راحة لا هجر: أتسجلهما رغم ذلك، أم تتركهما خارج هذا الاستيراد؟</numerusform>
            <numerusform>%Ln صفوف في هذا الملف مؤرخة ضمن استراحة اتفق عليها الشركاء. الاستراحة راحة لا هجر: أتسجلها رغم ذلك، أم تتركها خارج هذا الاستيراد؟</numerusform>
            <numerusform>%Ln صفًا في هذا الملف مؤرخة ضمن استراحة اتفق عليها الشركاء. الاستراحة راحة لا هجر: أتسجلها رغم ذلك، أم تتركها خارج هذا الاستيراد؟</numerusform>
            <numerusform>%Ln صف في هذا الملف مؤرخة ضمن استراحة اتفق عليها الشركاء. الاستراحة راحة لا هجر: أتسجلها رغم ذلك، أم تتركها خارج هذا الاستيراد؟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record them</source>
        <translation>سجّلها (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>اتركها خارجًا (&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are dated inside an agreed pause.</source>
        <translation>
            <numerusform>لا صفوف مؤرخة ضمن استراحة متفق عليها.</numerusform>
            <numerusform>صف واحد مؤرخ ضمن استراحة متفق عليها.</numerusform>
            <numerusform>صفان مؤرخان ضمن استراحة متفق عليها.</numerusform>
            <numerusform>%Ln صفوف مؤرخة ضمن استراحة متفق عليها.</numerusform>
            <numerusform>%Ln صفًا مؤرخة ضمن استراحة متفق عليها.</numerusform>
            <numerusform>%Ln صف مؤرخة ضمن استراحة متفق عليها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %Ln row(s) are dated inside an agreed pause. Import the file again to record them or leave them out.</source>
        <translation>
            <numerusform>لم يُحفظ شيء.</numerusform>
            <numerusform>لم يُحفظ شيء: صف واحد مؤرخ ضمن استراحة متفق عليها. استورد الملف مجددًا لتسجيله أو تركه خارجًا.</numerusform>
            <numerusform>لم يُحفظ شيء: صفان مؤرخان ضمن استراحة متفق عليها. استورد الملف مجددًا لتسجيلهما أو تركهما خارجًا.</numerusform>
            <numerusform>لم يُحفظ شيء: %Ln صفوف مؤرخة ضمن استراحة متفق عليها. استورد الملف مجددًا لتسجيلها أو تركها خارجًا.</numerusform>
            <numerusform>لم يُحفظ شيء: %Ln صفًا مؤرخة ضمن استراحة متفق عليها. استورد الملف مجددًا لتسجيلها أو تركها خارجًا.</numerusform>
            <numerusform>لم يُحفظ شيء: %Ln صف مؤرخة ضمن استراحة متفق عليها. استورد الملف مجددًا لتسجيلها أو تركها خارجًا.</numerusform>
        </translation>
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
        <translation>احفظ الصفوف المرفوضة (&amp;S)…</translation>
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
    <message>
        <source>%L1 imported + %L2 rejected + %L3 duplicates + %L4 left out = %L5 rows read.</source>
        <translation>%L1 مستورد + %L2 مرفوض + %L3 مكرر + %L4 متروك = %L5 صفًا مقروءًا.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were left out, as you chose.</source>
        <translation>
            <numerusform>لم يُترك أي صف.</numerusform>
            <numerusform>تُرك الصف المؤرخ ضمن استراحة متفق عليها خارجًا، كما اخترت.</numerusform>
            <numerusform>تُرك الصفان المؤرخان ضمن استراحة متفق عليها خارجًا، كما اخترت.</numerusform>
            <numerusform>تُركت الصفوف الـ%Ln المؤرخة ضمن استراحة متفق عليها خارجًا، كما اخترت.</numerusform>
            <numerusform>تُركت الصفوف الـ%Ln المؤرخة ضمن استراحة متفق عليها خارجًا، كما اخترت.</numerusform>
            <numerusform>تُركت الصفوف الـ%Ln المؤرخة ضمن استراحة متفق عليها خارجًا، كما اخترت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln row(s) dated inside an agreed pause were recorded, as you chose.</source>
        <translation>
            <numerusform>لم يُسجل أي صف.</numerusform>
            <numerusform>سُجّل الصف المؤرخ ضمن استراحة متفق عليها، كما اخترت.</numerusform>
            <numerusform>سُجّل الصفان المؤرخان ضمن استراحة متفق عليها، كما اخترت.</numerusform>
            <numerusform>سُجّلت الصفوف الـ%Ln المؤرخة ضمن استراحة متفق عليها، كما اخترت.</numerusform>
            <numerusform>سُجّلت الصفوف الـ%Ln المؤرخة ضمن استراحة متفق عليها، كما اخترت.</numerusform>
            <numerusform>سُجّلت الصفوف الـ%Ln المؤرخة ضمن استراحة متفق عليها، كما اخترت.</numerusform>
        </translation>
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
        <translation>وقع في (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Protocol used:</source>
        <translation>البروتوكول المستخدم (&amp;P):</translation>
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
        <translation>رحّل عند الحفظ (نهائي: لا يُصحَّح إلا بقيد عكسي) (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>الكمية (&amp;Q):</translation>
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
    <message>
        <source>reversed by entry %1</source>
        <translation>عُكس بالقيد %1</translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2: an entry is reversed only once.</source>
        <translation>سبق أن عُكس القيد %1 بالقيد %2: لا يُعكس القيد إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Translate ledger entry</source>
        <translation>ترجمة قيد السجل</translation>
    </message>
    <message>
        <source>Inside an agreed pause</source>
        <translation>ضمن استراحة متفق عليها</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to pause from %3 to %4: “%5”. A pause is rest, not abandonment. Record this entry dated %6 anyway?</source>
        <translation>اتفق %1 و%2 على استراحة من %3 إلى %4: «%5». الاستراحة راحة لا هجر. هل تسجّل هذا القيد المؤرخ %6 رغم ذلك؟</translation>
    </message>
    <message>
        <source>Not saved: the entry is dated inside the partners&apos; agreed pause. Change its day, or save again and confirm.</source>
        <translation>لم يُحفظ: تاريخ القيد يقع ضمن الاستراحة التي اتفق عليها الشركاء. غيّر تاريخه، أو احفظه مجددًا وأكّد.</translation>
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
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;wap language pair</source>
        <translation>بدّل زوج اللغات (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>السجلات (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;tro</source>
        <translation>مراجعة (&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>تقارير (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Trellis</source>
        <translation>حول Trellis (&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>زوج اللغات:</translation>
    </message>
    <message>
        <source>First language of the pair</source>
        <translation>اللغة الأولى من زوج اللغات</translation>
    </message>
    <message>
        <source>Second language of the pair</source>
        <translation>اللغة الثانية من زوج اللغات</translation>
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
        <translation>تراجع (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in all records…</source>
        <translation>ابحث في كل السجلات (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>حرّر السجل (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>سجل جديد (&amp;N)</translation>
    </message>
    <message>
        <source>New record in the current section (Ctrl+N)</source>
        <translation>سجل جديد في القسم الحالي (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>تصحيح (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New retro</source>
        <translation>مراجعة جديدة (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Check the workspace</source>
        <translation>افحص مساحة العمل (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل جديدة (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>افتح مساحة عمل (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>افتح الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;demo alliance</source>
        <translation>افتح التحالف التجريبي (&amp;D)</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>احفظ نسخة (&amp;C)…</translation>
    </message>
    <message>
        <source>Workspace &amp;properties…</source>
        <translation>خصائص مساحة العمل (&amp;P)…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>التفضيلات (&amp;E)…</translation>
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
        <translation>انشر (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import ledger from CSV…</source>
        <translation>استورد سجل التبادل من CSV (&amp;I)…</translation>
    </message>
    <message>
        <source>The ledger import has finished.</source>
        <translation>انتهى استيراد سجل التبادل.</translation>
    </message>
    <message>
        <source>%1 is open in another Trellis window, which was brought forward.</source>
        <translation>%1 مفتوح في نافذة Trellis أخرى، وقد جُلبت إلى الواجهة.</translation>
    </message>
    <message>
        <source>Reverse this posted entry and record a corrected one (Ctrl+Shift+C)</source>
        <translation>اعكس هذا القيد المرحّل وسجّل قيدًا مصحّحًا (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative &amp;crossovers…</source>
        <translation>العبور السردي (&amp;C)…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>تصدير التقويم (&amp;X)…</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PairFlowChart</name>
    <message>
        <source>Flows of the pair over time</source>
        <translation>تدفقات الثنائي عبر الزمن</translation>
    </message>
    <message>
        <source>Choose a cell of the matrix to see the pair&apos;s flows over time.</source>
        <translation>اختر خلية من المصفوفة لترى تدفقات الثنائي عبر الزمن.</translation>
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
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>البلد (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>اللغات (&amp;L):</translation>
    </message>
    <message>
        <source>L&amp;ocale:</source>
        <translation>الإعداد المحلي (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>المنطقة الزمنية (&amp;T):</translation>
    </message>
    <message>
        <source>Latin &amp;name:</source>
        <translation>الاسم اللاتيني (&amp;N):</translation>
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
    <message>
        <source>Partner %1 deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف الشريك %1. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
    <message>
        <source>Our goals, as ⁨%1⁩ paraphrased them</source>
        <translation>أهدافنا كما أعاد ⁨%1⁩ صياغتها</translation>
    </message>
    <message>
        <source>Translate paraphrase</source>
        <translation>ترجمة إعادة الصياغة</translation>
    </message>
    <message>
        <source>Narrative crossovers with other partners, both ways: %1 (%2)</source>
        <translation>العبور السردي مع شركاء آخرين، في الاتجاهين: %1 (%2)</translation>
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
    <message>
        <source>No country</source>
        <translation>بلا بلد</translation>
    </message>
</context>
<context>
    <name>trellis::gui::PauseEditor</name>
    <message>
        <source>One partner</source>
        <translation>شريك</translation>
    </message>
    <message>
        <source>The other partner</source>
        <translation>الشريك الآخر</translation>
    </message>
    <message>
        <source>First day of the pause</source>
        <translation>أول أيام الاستراحة</translation>
    </message>
    <message>
        <source>Last day of the pause</source>
        <translation>آخر أيام الاستراحة</translation>
    </message>
    <message>
        <source>Day the first partner agreed</source>
        <translation>يوم موافقة الشريك الأول</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Day the other partner agreed</source>
        <translation>يوم موافقة الشريك الآخر</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>بين (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;And:</source>
        <translation>و (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>حتى (&amp;U):</translation>
    </message>
    <message>
        <source>First agreed &amp;on:</source>
        <translation>وافق الأول في (&amp;O):</translation>
    </message>
    <message>
        <source>Other agreed o&amp;n:</source>
        <translation>وافق الآخر في (&amp;N):</translation>
    </message>
    <message>
        <source>New pause</source>
        <translation>استراحة جديدة</translation>
    </message>
    <message>
        <source>Pause from %1 to %2</source>
        <translation>استراحة من %1 إلى %2</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>“Silence can be strategic if it is mutual and framed as rest rather than abandonment.” Say why the two partners pause; it is agreed once each side&apos;s consent has a day, and a ledger entry between them dated inside it then asks first.</source>
        <translation>«يمكن للصمت أن يكون استراتيجيًا إن كان متبادلًا وقُدِّم على أنه راحة لا هجر.» اذكر لماذا يتوقف الشريكان؛ تصبح الاستراحة متفقًا عليها حين يكون لموافقة كل طرف تاريخ، وعندها يسأل أي قيد بينهما مؤرخ داخلها قبل حفظه.</translation>
    </message>
    <message>
        <source>Proposed: it holds once both sides have agreed.</source>
        <translation>مقترحة: تسري حين يوافق الطرفان.</translation>
    </message>
    <message>
        <source>Choose the two partners who pause</source>
        <translation>اختر الشريكين اللذين يتوقفان</translation>
    </message>
    <message>
        <source>Add pause</source>
        <translation>إضافة استراحة</translation>
    </message>
    <message>
        <source>Edit pause</source>
        <translation>تعديل استراحة</translation>
    </message>
    <message>
        <source>Delete pause</source>
        <translation>حذف استراحة</translation>
    </message>
    <message>
        <source>Pause deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذفت الاستراحة. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>The pause ends (%1) before it begins (%2)</source>
        <translation>تنتهي الاستراحة (%1) قبل أن تبدأ (%2)</translation>
    </message>
    <message>
        <source>Consent to a pause is given before it ends (%1), not on %2</source>
        <translation>الموافقة على الاستراحة تُعطى قبل انتهائها (%1)، لا في %2</translation>
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
        <translation>لغة الواجهة (&amp;I):</translation>
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
        <translation>أضف خطوة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Review due:</source>
        <translation>موعد المراجعة (&amp;R):</translation>
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
        <translation>سجّل الموافقة (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Agreement of:</source>
        <translation>موافقة (&amp;A):</translation>
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
            <numerusform>وافق عليه %Ln شريك. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %Ln شريك. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %Ln شريكان. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %Ln شركاء. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %Ln شريكًا. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
            <numerusform>وافق عليه %Ln شريك. حفظ أي تغيير يسجّل الإصدار %1، الذي يحتاج إلى موافقاته الخاصة؛ وتُحفظ الإصدارات السابقة مع موافقاتها.</numerusform>
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
    <name>trellis::gui::QuarterComparisonView</name>
    <message>
        <source>&amp;From</source>
        <translation>من (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إلى (&amp;T)</translation>
    </message>
    <message>
        <source>Retros held</source>
        <translation>المراجعات المعقودة</translation>
    </message>
    <message>
        <source>Answers to</source>
        <translation>إجابات السؤال</translation>
    </message>
    <message>
        <source>Votes given</source>
        <translation>الأصوات الممنوحة</translation>
    </message>
    <message>
        <source>Actions agreed</source>
        <translation>الإجراءات المتفق عليها</translation>
    </message>
    <message>
        <source>%1 (%2 carried in)</source>
        <translation>%1 (منها %2 منقولة من قبل)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Tags: answers (votes)</source>
        <translation>الوسوم: الإجابات (الأصوات)</translation>
    </message>
    <message>
        <source>%1 — came back in %2 quarters</source>
        <translation>%1 — عاد في %2 من الأرباع</translation>
    </message>
    <message>
        <source>No retro was held in these quarters.</source>
        <translation>لم تُعقد أي مراجعة في هذه الأرباع.</translation>
    </message>
    <message>
        <source>No tag came back in two quarters of this span.</source>
        <translation>لم يعد أي وسم في ربعين من هذه المدة.</translation>
    </message>
    <message>
        <source>Came back in two quarters or more: %1</source>
        <translation>عاد في ربعين أو أكثر: %1</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuarterFacts</name>
    <message>
        <source>The quarter %1 in the ledger</source>
        <translation>%1 في سجل التبادل</translation>
    </message>
    <message>
        <source>%1 gave %2 %3</source>
        <translation>%1 أعطى %2 %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>تلقّى %1</translation>
    </message>
    <message>
        <source>asymmetry %1</source>
        <translation>عدم التماثل %1</translation>
    </message>
    <message>
        <source>Persisting: %1 keeps giving more than %2 in %3</source>
        <translation>مستمر: لا يزال %1 يعطي أكثر من %2 بـ%3</translation>
    </message>
    <message>
        <source>Incidents this quarter: %1 · rupture rehearsals: %2</source>
        <translation>حوادث هذا الربع: %1 · تمارين القطيعة: %2</translation>
    </message>
</context>
<context>
    <name>trellis::gui::QuorumPanel</name>
    <message>
        <source>Who paraphrases whom</source>
        <translation>مَن يعيد صياغة أهداف مَن</translation>
    </message>
    <message>
        <source>Paraphrases</source>
        <translation>يعيد صياغة</translation>
    </message>
    <message>
        <source>the goals of</source>
        <translation>أهداف</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Write paraphrase…</source>
        <translation>اكتب إعادة الصياغة (&amp;W)…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge…</source>
        <translation>أقِرّ (&amp;K)…</translation>
    </message>
    <message>
        <source>The paraphrased partner says: yes, that is what we mean</source>
        <translation>يقول الشريك الذي أُعيدت صياغة أهدافه: نعم، هذا ما نعنيه</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>أرجِع (&amp;B)…</translation>
    </message>
    <message>
        <source>The paraphrased partner returns the paraphrase with a note</source>
        <translation>يُرجع الشريك الذي أُعيدت صياغة أهدافه إعادةَ الصياغة مع ملاحظة</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>لم تُكتب بعد</translation>
    </message>
    <message>
        <source>The listening quorum is complete: every partner has paraphrased the goals of every other, each paraphrase is acknowledged, and a cultural exchange is planned.</source>
        <translation>اكتمل نصاب الإصغاء: أعاد كل شريك صياغة أهداف كل شريك آخر، وأُقِرّت كل إعادة صياغة، وخُطِّط لتبادل ثقافي.</translation>
    </message>
    <message>
        <source>The goals of %1, in its words (%2)</source>
        <translation>أهداف %1 بكلماته (%2)</translation>
    </message>
    <message>
        <source>As %1 paraphrased them (%2)</source>
        <translation>كما أعاد %1 صياغتها (%2)</translation>
    </message>
    <message>
        <source>%1 has not paraphrased them yet</source>
        <translation>لم يُعِد %1 صياغتها بعد</translation>
    </message>
    <message>
        <source>Choose who paraphrases whom first</source>
        <translation>اختر أولًا مَن يعيد صياغة أهداف مَن</translation>
    </message>
    <message>
        <source>The paraphrase by %1 is saved: %2 can now acknowledge it.</source>
        <translation>حُفظت إعادة الصياغة التي كتبها %1: يمكن لـ%2 الآن الإقرار بها.</translation>
    </message>
    <message>
        <source>There is no paraphrase to acknowledge here</source>
        <translation>لا توجد هنا إعادة صياغة للإقرار بها</translation>
    </message>
    <message>
        <source>%1 acknowledged the paraphrase of its goals by %2.</source>
        <translation>أقرّ %1 بإعادة صياغة %2 لأهدافه.</translation>
    </message>
    <message>
        <source>There is no paraphrase to send back here</source>
        <translation>لا توجد هنا إعادة صياغة لإرجاعها</translation>
    </message>
    <message>
        <source>%1 sent the paraphrase by %2 back.</source>
        <translation>أرجع %1 إعادة الصياغة التي كتبها %2.</translation>
    </message>
    <message>
        <source>Write paraphrase</source>
        <translation>كتابة إعادة الصياغة</translation>
    </message>
    <message>
        <source>%1 paraphrases in its own language. Which one?</source>
        <translation>يعيد %1 الصياغة بلغته. فبأي لغة؟</translation>
    </message>
    <message>
        <source>The goals of %1, as %2 understands them, in %3:</source>
        <translation>أهداف %1 كما يفهمها %2، بـ%3:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>إقرار</translation>
    </message>
    <message>
        <source>Who says, for %1: yes, that is what we mean?</source>
        <translation>مَن يقول باسم %1: نعم، هذا ما نعنيه؟</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Who sends it back, for %1?</source>
        <translation>مَن يُرجعها باسم %1؟</translation>
    </message>
    <message>
        <source>What the paraphrase by %1 misses:</source>
        <translation>ما الذي تُغفله إعادة الصياغة التي كتبها %1:</translation>
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
    <message>
        <source>&amp;Reload</source>
        <translation>أعد التحميل (&amp;R)</translation>
    </message>
    <message>
        <source>Show the record as it is saved now, dropping the changes made here</source>
        <translation>اعرض السجل كما هو محفوظ الآن، مع تجاهل التغييرات التي أُجريت هنا</translation>
    </message>
    <message>
        <source>This record now shows what was saved most recently.</source>
        <translation>يعرض هذا السجل الآن آخر ما حُفظ.</translation>
    </message>
    <message>
        <source>Someone else deleted this record while you were editing it (another Trellis window or the command line). Your changes cannot be saved to it.</source>
        <translation>حذف شخص آخر هذا السجل أثناء تحريرك له (نافذة Trellis أخرى أو سطر الأوامر). لا يمكن حفظ تغييراتك فيه.</translation>
    </message>
    <message>
        <source>The record shown was deleted by someone else (another Trellis window or the command line).</source>
        <translation>حذف شخص آخر السجل المعروض (نافذة Trellis أخرى أو سطر الأوامر).</translation>
    </message>
    <message>
        <source>Someone else saved this record (another Trellis window or the command line); it now shows their version.</source>
        <translation>حفظ شخص آخر هذا السجل (نافذة Trellis أخرى أو سطر الأوامر)؛ وهو يعرض الآن نسخته.</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it (another Trellis window or the command line). Save will not overwrite their changes: reload to see them, then make yours again.</source>
        <translation>حفظ شخص آخر هذا السجل أثناء تحريرك له (نافذة Trellis أخرى أو سطر الأوامر). لن يكتب الحفظ فوق تغييراته: أعد التحميل لتراها، ثم أجرِ تغييراتك من جديد.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RecurrenceForm</name>
    <message>
        <source>Monthly on the first %1</source>
        <translation>شهريًا، يوم %1 الأول من الشهر</translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation>شهريًا، يوم %1 الثاني من الشهر</translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation>شهريًا، يوم %1 الثالث من الشهر</translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation>شهريًا، يوم %1 الرابع من الشهر</translation>
    </message>
    <message>
        <source>How the ritual repeats</source>
        <translation>كيف يتكرر الطقس</translation>
    </message>
    <message>
        <source>Repeats every how many weeks, months or years</source>
        <translation>يتكرر كل كم أسبوعًا أو شهرًا أو عامًا</translation>
    </message>
    <message>
        <source>When the repeats end</source>
        <translation>متى ينتهي التكرار</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>في يوم محدد</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>بعد عدد من المرات</translation>
    </message>
    <message>
        <source>Last day it may fall on</source>
        <translation>آخر يوم يمكن أن يقع فيه</translation>
    </message>
    <message>
        <source>How many times it happens, the first included</source>
        <translation>كم مرة يحدث، بما فيها المرة الأولى</translation>
    </message>
    <message>
        <source>Recurrence rule (RFC 5545 RRULE)</source>
        <translation>قاعدة التكرار (RFC 5545 RRULE)</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>التكرار (&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>كل (&amp;V):</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>ينتهي:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>القاعدة (&amp;U):</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>لا يتكرر</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>أسبوعيًا، يوم %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>شهريًا، في اليوم %1</translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation>شهريًا، يوم %1 الأخير من الشهر</translation>
    </message>
    <message>
        <source>Yearly on %1 %2</source>
        <translation>سنويًا، في %1 %2</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>قاعدة مخصصة (RRULE)</translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>أسبوع</numerusform>
            <numerusform>أسبوع</numerusform>
            <numerusform>أسبوعين</numerusform>
            <numerusform>أسابيع</numerusform>
            <numerusform>أسبوعًا</numerusform>
            <numerusform>أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>year(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>عام</numerusform>
            <numerusform>عام</numerusform>
            <numerusform>عامين</numerusform>
            <numerusform>أعوام</numerusform>
            <numerusform>عامًا</numerusform>
            <numerusform>عام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <comment>after Every: N</comment>
        <translation>
            <numerusform>شهر</numerusform>
            <numerusform>شهر</numerusform>
            <numerusform>شهرين</numerusform>
            <numerusform>أشهر</numerusform>
            <numerusform>شهرًا</numerusform>
            <numerusform>شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <comment>after a count</comment>
        <translation>
            <numerusform> مرة</numerusform>
            <numerusform> مرة</numerusform>
            <numerusform> مرتين</numerusform>
            <numerusform> مرات</numerusform>
            <numerusform> مرةً</numerusform>
            <numerusform> مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the recurrence rule, such as FREQ=MONTHLY;BYDAY=1SA</source>
        <translation>اكتب قاعدة التكرار، مثل FREQ=MONTHLY;BYDAY=1SA</translation>
    </message>
    <message>
        <source>Give the last day the ritual may fall on</source>
        <translation>حدّد آخر يوم يمكن أن يقع فيه الطقس</translation>
    </message>
    <message>
        <source>The repeats end before the ritual&apos;s first date</source>
        <translation>ينتهي التكرار قبل التاريخ الأول للطقس</translation>
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
        <translation>عُقدت في (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>المشاركون (&amp;P):</translation>
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
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>الموعد الذي يفي به (&amp;L):</translation>
    </message>
</context>
<context>
    <name>trellis::gui::ReportDialog</name>
    <message>
        <source>Export archive</source>
        <translation>تصدير الأرشيف</translation>
    </message>
    <message>
        <source>Ledger review</source>
        <translation>تدقيق سجل التبادل</translation>
    </message>
    <message>
        <source>Retro report</source>
        <translation>تقرير المراجعة</translation>
    </message>
    <message>
        <source>Protocol handbook</source>
        <translation>كتيّب البروتوكولات</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>دليل الشركاء</translation>
    </message>
    <message>
        <source>all time, or 2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31</source>
        <translation>كل الفترات، أو ⁦2026, 2026-Q3, 2026-07, 2026-01-01..2026-03-31⁩</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>كل الشركاء</translation>
    </message>
    <message>
        <source>Not available in this build</source>
        <translation>غير متاح في هذه النسخة</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>اختر لغتين مختلفتين.</translation>
    </message>
    <message>
        <source>Choose a folder for the archive.</source>
        <translation>اختر مجلدًا للأرشيف.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>اختر مكان حفظ التقرير.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>الفترة: %1</translation>
    </message>
    <message>
        <source>%1 export is not available in this build.</source>
        <translation>التصدير بصيغة %1 غير متاح في هذه النسخة.</translation>
    </message>
    <message>
        <source>Preview of the whole report.</source>
        <translation>معاينة التقرير كاملًا.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n rows.</source>
        <translation>
            <numerusform>معاينة أول %Ln صف.</numerusform>
            <numerusform>معاينة الصف الأول (%Ln).</numerusform>
            <numerusform>معاينة الصفين الأولين (%Ln).</numerusform>
            <numerusform>معاينة أول %Ln صفوف.</numerusform>
            <numerusform>معاينة أول %Ln صفًا.</numerusform>
            <numerusform>معاينة أول %Ln صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>أُوقف. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>مجلد الأرشيف</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Ledger review…</source>
        <translation>تدقيق سجل التبادل (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Retro report…</source>
        <translation>تقرير المراجعة (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Protocol handbook…</source>
        <translation>كتيّب البروتوكولات (&amp;P)…</translation>
    </message>
    <message>
        <source>Partner &amp;directory…</source>
        <translation>دليل الشركاء (&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;archive…</source>
        <translation>صدّر الأرشيف (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>اللغات (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>الفترة (&amp;P):</translation>
    </message>
    <message>
        <source>Pa&amp;rtner:</source>
        <translation>الشريك (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>الصيغة (&amp;F):</translation>
    </message>
    <message>
        <source>Cus&amp;todian:</source>
        <translation>أمين الحفظ (&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختر… (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>احفظ باسم (&amp;S):</translation>
    </message>
    <message>
        <source>Open &amp;when done</source>
        <translation>افتح عند الانتهاء (&amp;W)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>معاينة (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>تصدير (&amp;E)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>إيقاف (&amp;O)</translation>
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
        <translation>أضف إجابة (&amp;A)</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>أضف إجراء (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>عُقدت في (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>الميسّر (&amp;F):</translation>
    </message>
    <message>
        <source>Language &amp;pair:</source>
        <translation>زوج اللغات (&amp;P):</translation>
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
        <translation>انشر (&amp;U)…</translation>
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
            <numerusform>%Ln نص ناقص بـ%1</numerusform>
            <numerusform>%Ln نص ناقص بـ%1</numerusform>
            <numerusform>%Ln نصان ناقصان بـ%1</numerusform>
            <numerusform>%Ln نصوص ناقصة بـ%1</numerusform>
            <numerusform>%Ln نصًا ناقصًا بـ%1</numerusform>
            <numerusform>%Ln نص ناقص بـ%1</numerusform>
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
    <message>
        <source>The retro&apos;s pair is the one its room, its reports and its archive use. The columns below follow the toolbar&apos;s pair, so you can translate into any language.</source>
        <translation>لغتا المراجعة هما اللتان تستخدمهما قاعتها وتقاريرها وأرشيفها. أما الأعمدة أدناه فتتبع لغتَي شريط الأدوات، لذا يمكنك الترجمة إلى أي لغة.</translation>
    </message>
    <message>
        <source>Shared risks taken this quarter, for “%1”: %2</source>
        <translation>المخاطر المشتركة في هذا الربع، لسؤال «%1»: %2</translation>
    </message>
    <message>
        <source>Shared risks cited:</source>
        <translation>المخاطر المشتركة المستشهد بها:</translation>
    </message>
    <message>
        <source>Fulfi&amp;ls:</source>
        <translation>الموعد الذي يفي به (&amp;L):</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroRiskCitations</name>
    <message>
        <source>Answer that cites</source>
        <translation>الإجابة التي تستشهد</translation>
    </message>
    <message>
        <source>Shared risks cited</source>
        <translation>المخاطر المشتركة المستشهد بها</translation>
    </message>
    <message>
        <source>Answer %1 · ⁨%2⁩</source>
        <translation>الإجابة %1 · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Save an answer to “%1” to cite the shared risks that proved the alliance.</source>
        <translation>احفظ إجابة عن «%1» لتستشهد بالمخاطر المشتركة التي أثبتت التحالف.</translation>
    </message>
    <message>
        <source>No shared risk was recorded in this quarter.</source>
        <translation>لم يُسجَّل أي خطر مشترك في هذا الربع.</translation>
    </message>
    <message>
        <source>Choose the answer that cites the risk</source>
        <translation>اختر الإجابة التي تستشهد بالخطر</translation>
    </message>
    <message>
        <source>Cite shared risk</source>
        <translation>الاستشهاد بخطر مشترك</translation>
    </message>
    <message>
        <source>Withdraw citation</source>
        <translation>سحب الاستشهاد</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RetroSession</name>
    <message>
        <source>Add answer</source>
        <translation>إضافة إجابة</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>حُفظت الإجابة.</translation>
    </message>
    <message>
        <source>Translate answer</source>
        <translation>ترجمة الإجابة</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Take a vote back</source>
        <translation>استرداد صوت</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>إعادة فتح التصويت</translation>
    </message>
    <message>
        <source>Group answers</source>
        <translation>تجميع الإجابات</translation>
    </message>
    <message>
        <source>Move answer</source>
        <translation>نقل الإجابة</translation>
    </message>
    <message>
        <source>Tag theme</source>
        <translation>وسم المحور</translation>
    </message>
    <message>
        <source>Local update</source>
        <translation>تحديث محلي</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Action saved.</source>
        <translation>حُفظ الإجراء.</translation>
    </message>
    <message>
        <source>Change phase</source>
        <translation>تغيير المرحلة</translation>
    </message>
    <message>
        <source>Change the vote rules</source>
        <translation>تغيير قواعد التصويت</translation>
    </message>
    <message>
        <source>Each participant now has %1 votes, at most %2 on one answer.</source>
        <translation>عدد أصوات كل مشارك الآن: %1، وبحد أقصى %2 على إجابة واحدة.</translation>
    </message>
    <message>
        <source>Welcome anonymous answers</source>
        <translation>قبول الإجابات المجهولة</translation>
    </message>
    <message>
        <source>Take named answers only</source>
        <translation>قبول الإجابات بأسماء أصحابها فقط</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome.</source>
        <translation>الإجابات المجهولة مرحّب بها.</translation>
    </message>
    <message>
        <source>Answers are named from now on.</source>
        <translation>من الآن تُقدَّم الإجابات بأسماء أصحابها.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Review action</source>
        <translation>مراجعة الإجراء</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RevealPanel</name>
    <message>
        <source>The answer in %1; Enter saves, Esc leaves it</source>
        <translation>الإجابة بـ%1؛ Enter يحفظ، وEsc يتركها كما هي</translation>
    </message>
</context>
<context>
    <name>trellis::gui::RitualEditor</name>
    <message>
        <source>Kind of ritual</source>
        <translation>نوع الطقس</translation>
    </message>
    <message>
        <source>First held on</source>
        <translation>أُقيم أول مرة في</translation>
    </message>
    <message>
        <source>At a set &amp;time</source>
        <translation>في وقت محدد (&amp;T)</translation>
    </message>
    <message>
        <source>Start time on the organizer&apos;s clock</source>
        <translation>وقت البدء بحسب ساعة المنظِّم</translation>
    </message>
    <message>
        <source>Organizer&apos;s time zone</source>
        <translation>المنطقة الزمنية للمنظِّم</translation>
    </message>
    <message>
        <source>How long it lasts, in minutes</source>
        <translation>كم يدوم، بالدقائق</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Partners who take part</source>
        <translation>الشركاء المشاركون</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;First held on:</source>
        <translation>أُقيم أول مرة في (&amp;F):</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>&amp;Lasts:</source>
        <translation>المدة (&amp;L):</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>المواعيد القادمة:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>الشركاء (&amp;P):</translation>
    </message>
    <message>
        <source>New ritual</source>
        <translation>طقس جديد</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ابتداءً من %2</translation>
    </message>
    <message>
        <source>“Set quarterly listening circles, rotate caretaking duties, and schedule pauses between collaborations.” A ritual at a set time is held at one moment on the organizer&apos;s clock; the calendar shows it on each partner&apos;s. File ▸ Export calendar… hands the rituals to calendar apps.</source>
        <translation>«تحديد حلقات إصغاء ربع سنوية، وتدوير مهام الرعاية، وجدولة استراحات بين أوجه التعاون.» يُقام الطقس المحدد بوقت في لحظة واحدة بحسب ساعة منظِّمه؛ ويعرضه التقويم بحسب ساعة كل شريك. ملف ▸ تصدير التقويم… يسلّم الطقوس إلى تطبيقات التقويم.</translation>
    </message>
    <message>
        <source>(none while the date, time or rule is not complete)</source>
        <translation>(لا شيء ما دام التاريخ أو الوقت أو القاعدة غير مكتمل)</translation>
    </message>
    <message>
        <source>none after today</source>
        <translation>لا مواعيد بعد اليوم</translation>
    </message>
    <message>
        <source>, …</source>
        <translation>، …</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>الساعة %1، %2</translation>
    </message>
    <message>
        <source>Add ritual</source>
        <translation>إضافة طقس</translation>
    </message>
    <message>
        <source>Edit ritual</source>
        <translation>تعديل الطقس</translation>
    </message>
    <message>
        <source>Delete ritual</source>
        <translation>حذف الطقس</translation>
    </message>
    <message>
        <source>Ritual deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف الطقس. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SearchPanel</name>
    <message>
        <source>Retro</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Nothing found. Any three letters of a word find it, in any script.</source>
        <translation>لم يُعثر على شيء. أي ثلاثة أحرف من كلمة تجدها، بأي خط.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found</source>
        <translation>
            <numerusform>عُثر على %Ln سجل</numerusform>
            <numerusform>عُثر على سجل واحد (%Ln)</numerusform>
            <numerusform>عُثر على سجلين (%Ln)</numerusform>
            <numerusform>عُثر على %Ln سجلات</numerusform>
            <numerusform>عُثر على %Ln سجلًا</numerusform>
            <numerusform>عُثر على %Ln سجل</numerusform>
        </translation>
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
    <name>trellis::gui::SharedFile</name>
    <message>
        <source>Read-only: this workspace contains database objects Trellis did not write. You can read, search and export, but not save.</source>
        <translation>للقراءة فقط: تحتوي مساحة العمل هذه على كائنات قاعدة بيانات لم يكتبها Trellis. يمكنك القراءة والبحث والتصدير، لا الحفظ.</translation>
    </message>
    <message>
        <source>Read-only: you do not have permission to change this file. You can read, search and export, but not save.</source>
        <translation>للقراءة فقط: ليس لديك إذن بتغيير هذا الملف. يمكنك القراءة والبحث والتصدير، لا الحفظ.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SharedRiskEditor</name>
    <message>
        <source>Taken on</source>
        <translation>تاريخ المخاطرة</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>تحمّلها</translation>
    </message>
    <message>
        <source>Each partner checked bore a part of the risk and gets a field for it below</source>
        <translation>كل شريك محدَّد تحمّل نصيبًا من الخطر، وله أدناه حقل لوصفه</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Ledger entries</source>
        <translation>القيود</translation>
    </message>
    <message>
        <source>entry numbers, e.g. %1</source>
        <translation>أرقام القيود، مثل %1</translation>
    </message>
    <message>
        <source>&amp;Taken on:</source>
        <translation>تاريخ المخاطرة (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>تحمّلها (&amp;B):</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns:</source>
        <translation>الحملات (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>الحوادث (&amp;I):</translation>
    </message>
    <message>
        <source>Ledger &amp;entries:</source>
        <translation>القيود (&amp;E):</translation>
    </message>
    <message>
        <source>Part borne by ⁨%1⁩</source>
        <translation>الحصة التي تحمّلها ⁨%1⁩</translation>
    </message>
    <message>
        <source>New shared risk</source>
        <translation>خطر مشترك جديد</translation>
    </message>
    <message>
        <source>A risk the partners took together, and the part each bore. The retro&apos;s third question (which shared risk proved our alliance?) can cite it.</source>
        <translation>خطر خاضه الشركاء معًا، والنصيب الذي تحمّله كلٌّ منهم. يمكن أن يستشهد به السؤال الثالث من المراجعة (أي خطر مشترك أثبت تحالفنا؟).</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n answer(s) to the retro&apos;s third question.</source>
        <translation>
            <numerusform>استشهدت به %Ln إجابة عن السؤال الثالث من المراجعة.</numerusform>
            <numerusform>استشهدت به إجابة واحدة (%Ln) عن السؤال الثالث من المراجعة.</numerusform>
            <numerusform>استشهدت به إجابتان (%Ln) عن السؤال الثالث من المراجعة.</numerusform>
            <numerusform>استشهدت به %Ln إجابات عن السؤال الثالث من المراجعة.</numerusform>
            <numerusform>استشهدت به %Ln إجابةً عن السؤال الثالث من المراجعة.</numerusform>
            <numerusform>استشهدت به %Ln إجابة عن السؤال الثالث من المراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a ledger entry number</source>
        <translation>«%1» ليس رقم قيد</translation>
    </message>
    <message>
        <source>Add shared risk</source>
        <translation>إضافة خطر مشترك</translation>
    </message>
    <message>
        <source>Edit shared risk</source>
        <translation>تعديل الخطر المشترك</translation>
    </message>
    <message>
        <source>Delete shared risk</source>
        <translation>حذف الخطر المشترك</translation>
    </message>
    <message>
        <source>Shared risk deleted with its citations. Undo (Ctrl+Z) brings the risk back, not the citations.</source>
        <translation>حُذف الخطر المشترك مع الاستشهادات به. «تراجع» (Ctrl+Z) يعيد الخطر، لا الاستشهادات.</translation>
    </message>
    <message>
        <source>Shared risk deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>حُذف الخطر المشترك. «تراجع» (Ctrl+Z) يعيده.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::SideBySideView</name>
    <message>
        <source>Comprehension parity: %1 %2 · %3 %4</source>
        <translation>تكافؤ الفهم: %1 %2 · %3 %4</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة الترجمة</translation>
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
        <source>parity %1</source>
        <translation>التكافؤ %1</translation>
    </message>
    <message>
        <source>Comprehension parity: %1 of %2 written texts are readable in this language</source>
        <translation>تكافؤ الفهم: %1 من %2 نصًا مكتوبًا مقروءة بهذه اللغة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueModel</name>
    <message>
        <source>%1 · settled</source>
        <translation>%1 · معتمد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد (%Ln)</numerusform>
            <numerusform>يومان (%Ln)</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Original in</source>
        <translation>لغة الأصل</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::TranslationQueueView</name>
    <message>
        <source>&amp;Into:</source>
        <translation>الترجمة إلى (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Original in:</source>
        <translation>لغة الأصل (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة (&amp;S):</translation>
    </message>
    <message>
        <source>Fields waiting for a translation</source>
        <translation>حقول تنتظر الترجمة</translation>
    </message>
    <message>
        <source>Open field</source>
        <translation>فتح الحقل</translation>
    </message>
    <message>
        <source>Open the field beside its original (Enter); F8 goes on to the next one</source>
        <translation>افتح الحقل بجانب أصله (Enter)؛ وF8 ينتقل إلى الحقل التالي</translation>
    </message>
    <message>
        <source>Draft with &amp;Apertium…</source>
        <translation>صُغ مسودة بـApertium (&amp;A)…</translation>
    </message>
    <message>
        <source>Fill the selected missing fields (or the whole queue) with Apertium&apos;s offline machine translation, marked as machine drafts for review</source>
        <translation>املأ الحقول الناقصة المحددة (أو قائمة الانتظار كلها) بترجمة Apertium الآلية دون اتصال بالإنترنت، معلَّمةً كمسودات آلية للمراجعة</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>missing or machine draft</source>
        <translation>ناقصة أو مسودة آلية</translation>
    </message>
    <message>
        <source>Nothing waits for a translation into %1.</source>
        <translation>لا شيء ينتظر الترجمة إلى %1.</translation>
    </message>
    <message>
        <source>%1 fields wait for a translation into %2.</source>
        <translation>عدد الحقول التي تنتظر الترجمة إلى %2: %1.</translation>
    </message>
    <message>
        <source>That was the last field waiting for a translation into %1.</source>
        <translation>كان هذا آخر حقل ينتظر الترجمة إلى %1.</translation>
    </message>
    <message>
        <source>No missing field to draft: machine drafts wait for a person&apos;s review.</source>
        <translation>لا حقول ناقصة لصياغة مسوداتها: المسودات الآلية تنتظر مراجعة شخص.</translation>
    </message>
    <message numerus="yes">
        <source>Draft the %n selected missing field(s) into %1 with Apertium?</source>
        <translation>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 لـ%Ln حقل ناقص محدد؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودة بـ%1 للحقل الناقص المحدد (%Ln)؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودتين بـ%1 للحقلين الناقصين المحددين (%Ln)؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 لـ%Ln حقول ناقصة محددة؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 لـ%Ln حقلًا ناقصًا محددًا؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 لـ%Ln حقل ناقص محدد؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft all %n missing field(s) of the queue into %1 with Apertium?</source>
        <translation>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 لكل الحقول الناقصة في قائمة الانتظار (%Ln)؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودة بـ%1 للحقل الناقص الوحيد في قائمة الانتظار (%Ln)؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودتين بـ%1 للحقلين الناقصين في قائمة الانتظار (%Ln)؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 للحقول الناقصة في قائمة الانتظار، وعددها %Ln؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 للحقول الناقصة في قائمة الانتظار، وعددها %Ln؟</numerusform>
            <numerusform>أتريد أن يصوغ Apertium مسودات بـ%1 للحقول الناقصة في قائمة الانتظار، وعددها %Ln؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft with Apertium</source>
        <translation>صياغة مسودات بـApertium</translation>
    </message>
    <message>
        <source>Drafts are marked machine: they do not count as readable until a person edits or reviews them.</source>
        <translation>تُعلَّم المسودات بأنها آلية: لا تُحتسب مقروءة حتى يحرّرها شخص أو يراجعها.</translation>
    </message>
    <message>
        <source>Apertium is drafting into %1…</source>
        <translation>يصوغ Apertium المسودات بـ%1…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>أوقف (&amp;S)</translation>
    </message>
    <message>
        <source>Apertium is drafting…</source>
        <translation>يصوغ Apertium المسودات…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) drafted by Apertium, marked machine for review.</source>
        <translation>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقل، معلَّمة كآلية للمراجعة.</numerusform>
            <numerusform>صاغ Apertium مسودة لحقل واحد (%Ln)، معلَّمة كآلية للمراجعة.</numerusform>
            <numerusform>صاغ Apertium مسودتين لحقلين (%Ln)، معلَّمتين كآليتين للمراجعة.</numerusform>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقول، معلَّمة كآلية للمراجعة.</numerusform>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقلًا، معلَّمة كآلية للمراجعة.</numerusform>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقل، معلَّمة كآلية للمراجعة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apertium drafted %n field(s).</source>
        <translation>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقل.</numerusform>
            <numerusform>صاغ Apertium مسودة لحقل واحد (%Ln).</numerusform>
            <numerusform>صاغ Apertium مسودتين لحقلين (%Ln).</numerusform>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقول.</numerusform>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقلًا.</numerusform>
            <numerusform>صاغ Apertium مسودات لـ%Ln حقل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::UnknownWordMarks</name>
    <message>
        <source>Apertium did not know this word</source>
        <translation>لم يعرف Apertium هذه الكلمة</translation>
    </message>
</context>
<context>
    <name>trellis::gui::VotePanel</name>
    <message>
        <source>&amp;Voter:</source>
        <translation>المصوِّت (&amp;V):</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>صوت واحد (%Ln)</numerusform>
            <numerusform>صوتان (%Ln)</numerusform>
            <numerusform>%Ln أصوات</numerusform>
            <numerusform>%Ln صوتًا</numerusform>
            <numerusform>%Ln صوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Voting: tallies are shown when the vote closes.</source>
        <translation>التصويت جارٍ: تظهر الحصيلة عند إغلاق التصويت.</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in all</source>
        <translation>
            <numerusform>%Ln صوت إجمالًا</numerusform>
            <numerusform>صوت واحد (%Ln) إجمالًا</numerusform>
            <numerusform>صوتان (%Ln) إجمالًا</numerusform>
            <numerusform>%Ln أصوات إجمالًا</numerusform>
            <numerusform>%Ln صوتًا إجمالًا</numerusform>
            <numerusform>%Ln صوت إجمالًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of this voter&apos;s votes</source>
        <translation>
            <numerusform>%Ln من أصوات هذا المصوِّت</numerusform>
            <numerusform>صوت واحد (%Ln) من أصوات هذا المصوِّت</numerusform>
            <numerusform>صوتان (%Ln) من أصوات هذا المصوِّت</numerusform>
            <numerusform>%Ln من أصوات هذا المصوِّت</numerusform>
            <numerusform>%Ln من أصوات هذا المصوِّت</numerusform>
            <numerusform>%Ln من أصوات هذا المصوِّت</numerusform>
        </translation>
    </message>
    <message>
        <source>The vote is closed (Ctrl+Enter reopens it).</source>
        <translation>التصويت مغلق (Ctrl+Enter يعيد فتحه).</translation>
    </message>
    <message>
        <source>%1 of %2 votes left for this voter, at most %3 on one answer. + gives a vote, − takes one back, Ctrl+Enter closes the vote.</source>
        <translation>الأصوات المتبقية لهذا المصوِّت: %1 من %2، وبحد أقصى %3 على إجابة واحدة. + يمنح صوتًا، و− يستردّ صوتًا، وCtrl+Enter يغلق التصويت.</translation>
    </message>
    <message>
        <source>Votes &amp;each participant has:</source>
        <translation>أصوات كل مشارك (&amp;E):</translation>
    </message>
    <message>
        <source>At &amp;most on one answer:</source>
        <translation>الحد الأقصى على إجابة واحدة (&amp;M):</translation>
    </message>
    <message>
        <source>Each participant has %1 votes, at most %2 on one answer.</source>
        <translation>عدد أصوات كل مشارك: %1، وبحد أقصى %2 على إجابة واحدة.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WelcomePage</name>
    <message>
        <source>Welcome to Trellis</source>
        <translation>مرحبًا بك في Trellis</translation>
    </message>
    <message>
        <source>This workspace is empty. It will keep your alliance&apos;s partners, its reciprocity ledger, its retros and its conflict protocols, each in two languages side by side. Begin in one of four ways:</source>
        <translation>مساحة العمل هذه فارغة. ستحفظ شركاء تحالفك وسجل التبادل الخاص به ومراجعاته وبروتوكولات النزاع، كلٌّ منها بلغتين جنبًا إلى جنب. ابدأ بإحدى أربع طرق:</translation>
    </message>
    <message>
        <source>1  Name the alliance and its working languages</source>
        <translation>1  سمِّ التحالف وحدّد لغات عمله</translation>
    </message>
    <message>
        <source>The languages its partners read and write, in order; any two of them sit side by side.</source>
        <translation>اللغات التي يقرأ بها شركاؤه ويكتبون، بالترتيب؛ وأي اثنتين منها تُعرضان جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>2  Add the first partner</source>
        <translation>2  أضف الشريك الأول</translation>
    </message>
    <message>
        <source>A movement, union, collective or envoy, named in its own script.</source>
        <translation>حركة أو نقابة أو تجمّع أو مبعوث، يُسمّى بخطه الخاص.</translation>
    </message>
    <message>
        <source>3  Open the demo alliance</source>
        <translation>3  افتح التحالف التجريبي</translation>
    </message>
    <message>
        <source>Eleven partners, each writing in its own script, with a ledger and retros, to look around first.</source>
        <translation>أحد عشر شريكًا، يكتب كلٌّ منهم بخطه الخاص، مع سجل تبادل ومراجعات، لتستكشف أولًا.</translation>
    </message>
    <message>
        <source>4  Import a spreadsheet</source>
        <translation>4  استورد جدول بيانات</translation>
    </message>
    <message>
        <source>The ledger you kept until now, from a CSV file; its partners are created as you confirm them.</source>
        <translation>سجل التبادل الذي احتفظت به حتى الآن، من ملف CSV؛ ويُنشأ شركاؤه كلما أكّدتهم.</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>مرحبًا بك في %1</translation>
    </message>
    <message>
        <source>Working languages now: %1. Change them, and give the alliance its name.</source>
        <translation>لغات العمل الحالية: %1. غيّرها، وأعطِ التحالف اسمه.</translation>
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
        <translation>الاسم (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>لغات العمل (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Home partner:</source>
        <translation>الشريك المضيف (&amp;H):</translation>
    </message>
    <message>
        <source>Default &amp;currency:</source>
        <translation>العملة الافتراضية (&amp;C):</translation>
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
        <source>Comprehension parity: the share of the workspace&apos;s texts readable in each working language. Click a language to see what waits for a translation into it.</source>
        <translation>تكافؤ الفهم: نسبة نصوص مساحة العمل المقروءة بكل لغة من لغات العمل. انقر على لغة لترى ما ينتظر الترجمة إليها.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::WritePanel</name>
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
        <source>The answer as it is said; Enter saves it</source>
        <translation>الإجابة كما قيلت؛ Enter يحفظها</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>السؤال (&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>الكاتب (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>A&amp;nswer:</source>
        <translation>الإجابة (&amp;N):</translation>
    </message>
    <message>
        <source>Anonymous (no author is kept)</source>
        <translation>مجهول (لا يُحفظ اسم الكاتب)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) written, hidden until Reveal</source>
        <translation>
            <numerusform>%Ln إجابة مكتوبة، مخفية حتى «الكشف»</numerusform>
            <numerusform>إجابة واحدة (%Ln) مكتوبة، مخفية حتى «الكشف»</numerusform>
            <numerusform>إجابتان (%Ln) مكتوبتان، مخفيتان حتى «الكشف»</numerusform>
            <numerusform>%Ln إجابات مكتوبة، مخفية حتى «الكشف»</numerusform>
            <numerusform>%Ln إجابةً مكتوبة، مخفية حتى «الكشف»</numerusform>
            <numerusform>%Ln إجابة مكتوبة، مخفية حتى «الكشف»</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous answers &amp;welcome (no author is kept for them)</source>
        <translation>الإجابات المجهولة مرحّب بها (لا يُحفظ اسم كاتبها) (&amp;W)</translation>
    </message>
    <message>
        <source>Anonymous answers are welcome: no author is kept for them.</source>
        <translation>الإجابات المجهولة مرحّب بها: لا يُحفظ اسم كاتبها.</translation>
    </message>
    <message>
        <source>Answers are named in this retro.</source>
        <translation>الإجابات في هذه المراجعة بأسماء أصحابها.</translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffExportDialog</name>
    <message>
        <source>Export for translation (XLIFF)</source>
        <translation>تصدير للترجمة (XLIFF)</translation>
    </message>
    <message>
        <source>Writes the fields whose original is in one language and that are missing in another as one XLIFF 1.2 file for a translation tool (OmegaT, Lokalize, Weblate). Import the translated file with File ▸ Import translations (XLIFF)…</source>
        <translation>يكتب الحقول التي أصلها بلغة وتنقصها ترجمتها إلى لغة أخرى في ملف XLIFF 1.2 واحد لأداة ترجمة (OmegaT، Lokalize، Weblate). استورد الملف المترجَم عبر ملف ▸ استورد الترجمات (XLIFF)…</translation>
    </message>
    <message>
        <source>&amp;Originals in:</source>
        <translation>لغة الأصول (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Translate into:</source>
        <translation>الترجمة إلى (&amp;T):</translation>
    </message>
    <message>
        <source>Standard XLIFF 1.2 (Lokalize, Weblate, translate-toolkit)</source>
        <translation>XLIFF 1.2 القياسي (Lokalize، Weblate، translate-toolkit)</translation>
    </message>
    <message>
        <source>OmegaT (a copy of the original in each target)</source>
        <translation>OmegaT (نسخة من الأصل في كل هدف)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>النمط (&amp;D):</translation>
    </message>
    <message>
        <source>Include &amp;machine drafts, for review</source>
        <translation>ضمّن المسودات الآلية للمراجعة (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>استعرض (&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>الملف (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>صدّر (&amp;E)</translation>
    </message>
    <message>
        <source>XLIFF files (*.xlf *.xliff)</source>
        <translation>ملفات XLIFF (*.xlf *.xliff)</translation>
    </message>
    <message>
        <source>Choose two different languages.</source>
        <translation>اختر لغتين مختلفتين.</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) written to %1.</source>
        <translation>
            <numerusform>كُتب %Ln حقل في %1.</numerusform>
            <numerusform>كُتب حقل واحد (%Ln) في %1.</numerusform>
            <numerusform>كُتب حقلان (%Ln) في %1.</numerusform>
            <numerusform>كُتبت %Ln حقول في %1.</numerusform>
            <numerusform>كُتب %Ln حقلًا في %1.</numerusform>
            <numerusform>كُتب %Ln حقل في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::gui::XliffImportReport</name>
    <message>
        <source>Translations imported</source>
        <translation>الترجمات المستوردة</translation>
    </message>
    <message>
        <source>%1 → %2: %3 read, %4 updated, %5 unchanged, %6 refused.</source>
        <translation>%1 ← %2 — المقروءة: %3، المحدَّثة: %4، دون تغيير: %5، المرفوضة: %6.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>وحدة الترجمة</translation>
    </message>
    <message>
        <source>Why it was refused</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Refused units changed nothing. Export again to translate them from the current originals.</source>
        <translation>لم تغيّر الوحدات المرفوضة شيئًا. صدّر من جديد لترجمتها انطلاقًا من الأصول الحالية.</translation>
    </message>
</context>
<context>
    <name>trellis::reports::OdtWriter</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>تعذّرت كتابة التقرير.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>ترجمة ناقصة</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>ترجمة آلية</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>ترجمة بشرية غير مراجَعة</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>ترجمة مراجَعة</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>سلسلة سجل التبادل</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>رأس السلسلة (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>لا قيود مرحّلة</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>القيود المشمولة</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>تحقّق باستخدام</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>رأس سلسلة سجل التبادل %1… · القيود: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>trellis::reports::PdfWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>machine translation</source>
        <translation>ترجمة آلية</translation>
    </message>
    <message>
        <source>human translation, not reviewed</source>
        <translation>ترجمة بشرية غير مراجَعة</translation>
    </message>
    <message>
        <source>reviewed translation</source>
        <translation>ترجمة مراجَعة</translation>
    </message>
    <message>
        <source>The export was stopped; nothing was written.</source>
        <translation>أُوقف التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>ترجمة ناقصة</translation>
    </message>
    <message>
        <source>Ledger chain</source>
        <translation>سلسلة سجل التبادل</translation>
    </message>
    <message>
        <source>Chain head (SHA-256)</source>
        <translation>رأس السلسلة (SHA-256)</translation>
    </message>
    <message>
        <source>no entries posted</source>
        <translation>لا قيود مرحّلة</translation>
    </message>
    <message>
        <source>Entries covered</source>
        <translation>القيود المشمولة</translation>
    </message>
    <message>
        <source>Verify with</source>
        <translation>تحقّق باستخدام</translation>
    </message>
    <message>
        <source>Ledger chain head %1… · %2 entries</source>
        <translation>رأس سلسلة سجل التبادل %1… · القيود: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the PDF an archival PDF (PDF/A-1b), so it was not saved. The log names the cause.</source>
        <translation>تعذّر جعل ملف PDF ملفًا أرشيفيًا (PDF/A-1b)، فلم يُحفظ. يذكر السجل السبب.</translation>
    </message>
</context>
</TS>
