"""Welsh and Arabic for the demo's Join page (members.demo): its title, texts and questions.

Machine-quality translations written for the demo, like cms/demo_translation_texts.py: English
source text -> (Welsh, Arabic). A question's choices are one segment, one choice per line
(``<br/>``). The questions' field names (``clean_name``) are left out: they stay as in English,
so answers keep the same keys whichever language they were given in.
"""

TEXTS = {
    "Join the network": ("Ymuno â'r rhwydwaith", "انضمّ إلى الشبكة"),
    "There is no fee and no test. Tell us who you are and what you are hoping for, and one of the organisers "
    "will write back within a week or two.": (
        "Does dim ffi a dim prawf. Dywedwch wrthym pwy ydych chi a beth rydych chi'n gobeithio amdano, a bydd un "
        "o'r trefnwyr yn ysgrifennu'n ôl o fewn wythnos neu ddwy.",
        "لا رسوم ولا اختبار. أخبرنا من أنت وما الذي تأمله، وسيكتب إليك أحد المنظِّمين خلال أسبوع أو أسبوعين.",
    ),
    "Thank you for getting in touch. One of the organisers will read your answers and write back to you soon.": (
        "Diolch am gysylltu. Bydd un o'r trefnwyr yn darllen eich atebion ac yn ysgrifennu'n ôl atoch cyn bo hir.",
        "شكرًا لتواصلك معنا. سيقرأ أحد المنظِّمين إجاباتك ويكتب إليك قريبًا.",
    ),
    # The questions
    "Your name": ("Eich enw", "اسمك"),
    "Whatever you like to be called.": ("Beth bynnag yr hoffech gael eich galw.", "أيّ اسم تحبّ أن نناديك به."),
    "Your email address": ("Eich cyfeiriad e-bost", "عنوان بريدك الإلكتروني"),
    "Only the people who look after the network see it, to write back to you.": (
        "Dim ond y bobl sy'n gofalu am y rhwydwaith sy'n ei weld, er mwyn ysgrifennu'n ôl atoch.",
        "لا يراه إلا القائمون على الشبكة، ليكتبوا إليك.",
    ),
    "Your group or network": ("Eich grŵp neu rwydwaith", "مجموعتك أو شبكتك"),
    "If you have one.": ("Os oes gennych chi un.", "إن كانت لديك واحدة."),
    "About you": ("Amdanoch chi", "عنك"),
    "A few lines about you and the people you organise with: who you are, where, and what you do.": (
        "Ychydig linellau amdanoch chi a'r bobl rydych chi'n trefnu gyda nhw: pwy ydych chi, ble, a beth rydych "
        "chi'n ei wneud.",
        "بضعة أسطر عنك وعن الأشخاص الذين تنظّم معهم: من أنتم، وأين، وماذا تفعلون.",
    ),
    "What you hope to get from the network": (
        "Beth rydych chi'n gobeithio ei gael gan y rhwydwaith",
        "ما تأمل أن تجده في الشبكة",
    ),
    "For example: people to learn from, a place to share what worked, company for the hard bits.": (
        "Er enghraifft: pobl i ddysgu ganddyn nhw, lle i rannu'r hyn a weithiodd, cwmni ar gyfer y darnau anodd.",
        "مثلًا: أناس تتعلّم منهم، ومكان تشارك فيه ما نجح، ورفقة في الأوقات الصعبة.",
    ),
    "How you might take part": ("Sut y gallech chi gymryd rhan", "كيف قد تشارك"),
    "Sending in stories or case studies<br/>Coming to events<br/>Helping with the handbook": (
        "Anfon straeon neu astudiaethau achos<br/>Dod i ddigwyddiadau<br/>Helpu gyda'r llawlyfr",
        "إرسال قصص أو دراسات حالة<br/>حضور الفعاليات<br/>المساعدة في الدليل",
    ),
    "Optional. Tick any that appeal.": (
        "Dewisol. Ticiwch unrhyw rai sy'n apelio.",
        "اختياري. ضع علامة على ما يناسبك.",
    ),
    "The network's organisers may keep these answers and write to me about joining": (
        "Caiff trefnwyr y rhwydwaith gadw'r atebion hyn ac ysgrifennu ataf am ymuno",
        "يجوز لمنظِّمي الشبكة الاحتفاظ بهذه الإجابات ومراسلتي بشأن الانضمام",
    ),
    "We never publish your answers or pass them on.": (
        "Dydyn ni byth yn cyhoeddi eich atebion nac yn eu rhannu ag eraill.",
        "لا ننشر إجاباتك أبدًا ولا نمرّرها إلى أحد.",
    ),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
