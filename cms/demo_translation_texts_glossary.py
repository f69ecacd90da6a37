"""Welsh and Arabic for the demo glossary (handbook.demo_glossary) and its introduction.

Machine-quality translations written for the demo, like cms/demo_translation_texts.py: English
source text -> (Welsh, Arabic). Each text is a wagtail-localize segment as it appears in the
translation's PO file: a term's other names are one segment, one name per line (``<br/>``);
a rich-text explanation is one segment per paragraph, without its ``<p>``. Slugs are left out, so
a term keeps its English address in every language. "CAN" stays an abbreviation everywhere.
"""

TEXTS = {
    # The handbook's glossary introduction (a field of the handbook page)
    "Words and abbreviations you will meet in the handbook, and what we mean by them.": (
        "Geiriau a byrfoddau y byddwch chi'n dod ar eu traws yn y llawlyfr, a'r hyn rydyn ni'n ei olygu wrthyn nhw.",
        "كلمات واختصارات ستصادفها في الدليل، وما نعنيه بها.",
    ),
    # CAN
    "CAN": ("CAN", "CAN"),
    "A local network of people who organise together to act on what matters where they live.": (
        "Rhwydwaith lleol o bobl sy'n trefnu gyda'i gilydd i weithredu ar yr hyn sy'n bwysig lle maen nhw'n byw.",
        "شبكة محلية من أناس ينظّمون أنفسهم معًا ليعملوا على ما يهمّهم حيث يعيشون.",
    ),
    "Citizen Action Network<br/>Community Action Network<br/>Climate Action Network": (
        "Rhwydwaith Gweithredu Dinasyddion<br/>Rhwydwaith Gweithredu Cymunedol<br/>"
        "Rhwydwaith Gweithredu ar yr Hinsawdd",
        "شبكة عمل المواطنين<br/>شبكة العمل المجتمعي<br/>شبكة العمل المناخي",
    ),
    "The letters are shared by several kinds of network. They differ in focus but have the same shape: "
    "people who choose to act together, with nobody in overall charge.": (
        "Mae sawl math o rwydwaith yn rhannu'r llythrennau. Maen nhw'n wahanol o ran ffocws ond mae ganddyn "
        "nhw'r un siâp: pobl sy'n dewis gweithredu gyda'i gilydd, heb neb yn gyfrifol am y cyfan.",
        "تشترك في هذه الأحرف أنواع عدّة من الشبكات. تختلف في تركيزها لكن شكلها واحد: أناس يختارون العمل "
        "معًا، دون أن يتولّى أحدٌ القيادة على الجميع.",
    ),
    # Asset mapping
    "Asset mapping": ("Mapio asedau", "رسم خريطة الموارد"),
    "Listing what a place already has — people, skills, rooms, groups — before asking what it lacks.": (
        "Rhestru'r hyn sydd gan le eisoes — pobl, sgiliau, ystafelloedd, grwpiau — cyn gofyn beth sydd ar goll.",
        "حصر ما يملكه المكان أصلًا — من أشخاص ومهارات وقاعات ومجموعات — قبل السؤال عمّا ينقصه.",
    ),
    "Community mapping": ("Mapio cymunedol", "رسم خريطة المجتمع"),
    "A map of strengths changes the first conversation from 'what is wrong here' to 'what can we build on'.": (
        "Mae map o gryfderau yn newid y sgwrs gyntaf o 'beth sydd o'i le yma' i 'ar beth gallwn ni adeiladu'.",
        "خريطةُ مواطن القوة تنقل الحديث الأول من «ما الخطأ هنا» إلى «على أيّ شيء نستطيع أن نبني».",
    ),
    # Co-production
    "Co-production": ("Cyd-gynhyrchu", "الإنتاج المشترك"),
    "Designing and running a service together with the people who use it.": (
        "Cynllunio a rhedeg gwasanaeth ar y cyd â'r bobl sy'n ei ddefnyddio.",
        "تصميم خدمة وإدارتها بالشراكة مع الأشخاص الذين يستخدمونها.",
    ),
    "Co-design": ("Cyd-ddylunio", "التصميم المشترك"),
    # Co-responsibility
    "Co-responsibility": ("Cydgyfrifoldeb", "المسؤولية المشتركة"),
    "Sharing the duty for an outcome, rather than handing it to one organisation or leader.": (
        "Rhannu'r ddyletswydd am ganlyniad, yn hytrach na'i throsglwyddo i un sefydliad neu arweinydd.",
        "تقاسم المسؤولية عن نتيجةٍ ما، بدلًا من تسليمها إلى منظمة واحدة أو قائد واحد.",
    ),
    # Convivial gathering
    "Convivial gathering": ("Cynulliad cyfeillgar", "لقاء وديّ"),
    "A meeting built around food, music or play, where getting to know each other is the point.": (
        "Cyfarfod o gwmpas bwyd, cerddoriaeth neu chwarae, lle mai dod i adnabod ein gilydd yw'r nod.",
        "لقاء يدور حول الطعام أو الموسيقى أو اللعب، والغاية منه أن يتعارف الناس.",
    ),
    "Social<br/>Bring-and-share": (
        "Noson gymdeithasol<br/>Pawb â'i blât",
        "سهرة اجتماعية<br/>وليمة يُحضر فيها كلٌّ طبقًا",
    ),
    # Deep listening
    "Deep listening": ("Gwrando dwfn", "الإصغاء العميق"),
    "Listening to understand someone, without planning your reply or your offer.": (
        "Gwrando er mwyn deall rhywun, heb gynllunio'ch ateb na'ch cynnig.",
        "الإصغاء لفهم الآخر، دون أن تُعِدّ ردّك أو ما ستعرضه عليه.",
    ),
    # Host
    "Host": ("Gwesteiwr", "المضيف"),
    "The person who welcomes people and keeps a gathering on track, without running it for them.": (
        "Y person sy'n croesawu pobl ac yn cadw cynulliad ar y trywydd iawn, heb ei redeg ar eu rhan.",
        "الشخص الذي يرحّب بالناس ويحافظ على مسار اللقاء، دون أن يديره نيابةً عنهم.",
    ),
    "Facilitator<br/>Convenor": ("Hwylusydd<br/>Cynullydd", "الميسّر<br/>الداعي إلى اللقاء"),
    # Light-touch governance
    "Light-touch governance": ("Llywodraethu ysgafn", "الحوكمة الخفيفة"),
    "Just enough agreed rules to keep a group fair and safe, and no more.": (
        "Dim ond digon o reolau cytûn i gadw grŵp yn deg ac yn ddiogel, a dim mwy.",
        "قواعد متّفق عليها بالقدر الذي يكفي لإبقاء المجموعة عادلة وآمنة، لا أكثر.",
    ),
    # Mutual aid
    "Mutual aid": ("Cyd-gymorth", "العون المتبادل"),
    "Neighbours meeting each other's needs directly, as equals rather than as helpers and helped.": (
        "Cymdogion yn diwallu anghenion ei gilydd yn uniongyrchol, fel cydradd yn hytrach nag fel helpwyr a rhai "
        "sy'n cael help.",
        "جيران يلبّون حاجات بعضهم بعضًا مباشرةً، بوصفهم أندادًا لا مساعِدين ومساعَدين.",
    ),
    # Network of networks
    "Network of networks": ("Rhwydwaith o rwydweithiau", "شبكة الشبكات"),
    "Networks linking up with each other so that learning and help can travel between them.": (
        "Rhwydweithiau'n cysylltu â'i gilydd fel y gall dysgu a chymorth deithio rhyngddyn nhw.",
        "شبكات تتواصل فيما بينها كي تنتقل المعرفة والمساعدة من واحدة إلى أخرى.",
    ),
    "CANs of CANs": ("CANs o CANs", "شبكات CAN من شبكات CAN"),
    # Pattern matching
    "Pattern matching": ("Paru patrymau", "مطابقة الأنماط"),
    "Noticing that a group far away is doing something like you, and joining up to grow together.": (
        "Sylwi bod grŵp ymhell i ffwrdd yn gwneud rhywbeth tebyg i chi, ac ymuno i dyfu gyda'ch gilydd.",
        "أن تلاحظ أن مجموعة بعيدة تفعل شيئًا يشبه ما تفعله، فتتواصلا لتنموا معًا.",
    ),
    # Peer-support circle
    "Peer-support circle": ("Cylch cymorth cymheiriaid", "حلقة الدعم المتبادل"),
    "A small group that meets regularly so that people with a shared experience can help each other.": (
        "Grŵp bach sy'n cwrdd yn rheolaidd fel y gall pobl sydd â phrofiad yn gyffredin helpu ei gilydd.",
        "مجموعة صغيرة تجتمع بانتظام ليساعد أصحابُ التجربة المشتركة بعضهم بعضًا.",
    ),
    "Support circle": ("Cylch cymorth", "حلقة دعم"),
    # Self-organising
    "Self-organising": ("Hunandrefnus", "التنظيم الذاتي"),
    "A group that sets its own aims and ways of working without waiting to be told.": (
        "Grŵp sy'n gosod ei nodau a'i ffyrdd o weithio ei hun heb aros i rywun ddweud wrtho.",
        "مجموعة تضع أهدافها وطرق عملها بنفسها دون أن تنتظر من يملي عليها.",
    ),
    "Self-organised": ("Hunandrefnedig", "منظَّم ذاتيًا"),
    # Sharing forward
    "Sharing forward": ("Rhannu ymlaen", "تمرير المعرفة"),
    "Passing on what you learned to people who will face the same problem later.": (
        "Trosglwyddo'r hyn a ddysgoch i bobl a fydd yn wynebu'r un broblem yn nes ymlaen.",
        "أن تنقل ما تعلّمته إلى أناس سيواجهون المشكلة نفسها لاحقًا.",
    ),
    "Paying it forward": ("Talu ymlaen", "ردّ الجميل إلى الآخرين"),
    # Speed of trust
    "Speed of trust": ("Cyflymder ymddiriedaeth", "سرعة الثقة"),
    "The idea that community work cannot go faster than the trust between the people doing it.": (
        "Y syniad na all gwaith cymunedol fynd yn gyflymach na'r ymddiriedaeth rhwng y bobl sy'n ei wneud.",
        "فكرة أن العمل المجتمعي لا يمكن أن يسير أسرع من الثقة بين القائمين عليه.",
    ),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
