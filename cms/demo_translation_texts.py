"""Welsh and Arabic texts for the demo's handbook, event, story and framework translations.

Machine-quality translations written for the demo (see docs/translating.md): English source
text -> (Welsh, Arabic). Anything missing here stays in English in the translation.
"""

TEXTS = {
    # Site text (header tagline and footer)
    "How self-organised networks work, meet and learn": (
        "Sut mae rhwydweithiau hunandrefnus yn gweithio, yn cwrdd ac yn dysgu",
        "كيف تعمل الشبكات ذاتية التنظيم وتجتمع وتتعلّم",
    ),
    "Made by and for self-organised social-justice networks. Content may be shared with credit.": (
        "Wedi'i wneud gan ac ar gyfer rhwydweithiau cyfiawnder cymdeithasol hunandrefnus. Gellir rhannu'r "
        "cynnwys gyda chydnabyddiaeth.",
        "صُنع بأيدي شبكات العدالة الاجتماعية ذاتية التنظيم ولأجلها. يجوز تداول المحتوى مع ذكر المصدر.",
    ),
    "Handbook": ("Llawlyfr", "الدليل"),
    "How our networks work, in our own words: what we do, what we have learned, and what we still want to "
    "write down.": (
        "Sut mae ein rhwydweithiau'n gweithio, yn ein geiriau ein hunain: beth rydyn ni'n ei wneud, beth "
        "rydyn ni wedi'i ddysgu, a beth rydyn ni eisiau ei ysgrifennu o hyd.",
        "كيف تعمل شبكاتنا، بكلماتنا نحن: ما نفعله، وما تعلّمناه، وما نريد تدوينه بعد.",
    ),
    "Getting started": ("Dechrau arni", "البداية"),
    "First steps for a new group: who to talk to and where to find them.": (
        "Camau cyntaf i grŵp newydd: gyda phwy i siarad a ble i ddod o hyd iddyn nhw.",
        "الخطوات الأولى لمجموعة جديدة: مع من تتحدث وأين تجدهم.",
    ),
    "Events": ("Digwyddiadau", "الفعاليات"),
    "Forums, workshops and gatherings where networks learn from each other. All welcome.": (
        "Fforymau, gweithdai a chynulliadau lle mae rhwydweithiau'n dysgu oddi wrth ei gilydd. Croeso i bawb.",
        "منتديات وورش عمل ولقاءات تتعلّم فيها الشبكات من بعضها. الجميع مرحَّب بهم.",
    ),
    "Monthly peer-support forum": ("Fforwm cymorth cymheiriaid misol", "منتدى الدعم المتبادل الشهري"),
    "An hour and a half to bring what is going on in your group and hear how others handle it.": (
        "Awr a hanner i rannu beth sy'n digwydd yn eich grŵp a chlywed sut mae eraill yn ymdopi.",
        "ساعة ونصف تعرض فيها ما يجري في مجموعتك وتسمع كيف يتعامل الآخرون معه.",
    ),
    "Stories": ("Straeon", "القصص"),
    "What networks tried, how it went and what they learned. Filter by framework area, value, place or tag.": (
        "Beth a driodd rhwydweithiau, sut aeth hi a beth a ddysgon nhw. Hidlwch yn ôl maes, gwerth, lle neu dag.",
        "ما جرّبته الشبكات، وكيف سار، وما تعلّمته. صفِّ حسب مجال الإطار أو القيمة أو المكان أو الوسم.",
    ),
    "Deciding without a chair": ("Penderfynu heb gadeirydd", "نقرّر من دون رئيس"),
    "A peer-support circle replaced its chairperson with a rotating host and a simple rule for reaching decisions.": (
        "Disodlodd cylch cymorth cymheiriaid ei gadeirydd â gwesteiwr sy'n newid bob tro a rheol syml ar "
        "gyfer dod i benderfyniad.",
        "استبدلت حلقة دعم متبادل رئيسها بمستضيف يتناوب عليه الأعضاء وقاعدة بسيطة للوصول إلى القرارات.",
    ),
    "Framework": ("Fframwaith", "الإطار"),
    "Eight areas of practice that social action hubs work across, and four values that run through all of them.": (
        "Wyth maes ymarfer y mae canolfannau gweithredu cymdeithasol yn gweithio ynddyn nhw, a phedwar "
        "gwerth sy'n rhedeg drwyddyn nhw i gyd.",
        "ثمانية مجالات عمل تشتغل فيها مراكز العمل الاجتماعي، وأربع قيم تسري فيها جميعًا.",
    ),
    # Framework areas
    "Change": ("Newid", "التغيير"),
    "Being clear about what should be different, and for whom.": (
        "Bod yn glir am beth ddylai fod yn wahanol, ac i bwy.",
        "الوضوح بشأن ما يجب أن يتغيّر، ولمن.",
    ),
    "Action": ("Gweithredu", "العمل"),
    "Doing things together that people can see, join and learn from.": (
        "Gwneud pethau gyda'n gilydd y gall pobl eu gweld, ymuno â nhw a dysgu ohonyn nhw.",
        "أن نفعل معًا أشياء يستطيع الناس رؤيتها والانضمام إليها والتعلّم منها.",
    ),
    "Strategy": ("Strategaeth", "الاستراتيجية"),
    "Choosing where to put limited time and energy, and revisiting the choice.": (
        "Dewis ble i roi amser ac egni prin, ac ailedrych ar y dewis.",
        "اختيار أين نضع الوقت والجهد المحدودين، ومراجعة هذا الاختيار.",
    ),
    "Leadership": ("Arweinyddiaeth", "القيادة"),
    "Sharing the work of leading so that it does not rest on a few people.": (
        "Rhannu gwaith arwain fel nad yw'n disgyn ar ychydig o bobl.",
        "تقاسم عمل القيادة كي لا يقع على عاتق قلّة من الناس.",
    ),
    "Reach": ("Cyrraedd", "الوصول"),
    "Finding the people who are not in the room yet, and making it easy to come in.": (
        "Dod o hyd i'r bobl sydd ddim yn yr ystafell eto, a'i gwneud hi'n hawdd dod i mewn.",
        "إيجاد من ليسوا في الغرفة بعد، وتسهيل دخولهم.",
    ),
    "Listening": ("Gwrando", "الإصغاء"),
    "Hearing what people need before deciding what to offer.": (
        "Clywed beth sydd ei angen ar bobl cyn penderfynu beth i'w gynnig.",
        "أن نسمع ما يحتاجه الناس قبل أن نقرّر ما نقدّمه.",
    ),
    "Connect": ("Cysylltu", "الربط"),
    "Linking groups and people so that help and ideas travel.": (
        "Cysylltu grwpiau a phobl fel bod cymorth a syniadau'n teithio.",
        "ربط المجموعات والناس كي تنتقل المساعدة والأفكار.",
    ),
    "Organise": ("Trefnu", "التنظيم"),
    "The roles, meetings and habits that keep a group going.": (
        "Y rolau, y cyfarfodydd a'r arferion sy'n cadw grŵp i fynd.",
        "الأدوار والاجتماعات والعادات التي تُبقي المجموعة مستمرة.",
    ),
    # Framework values
    "Participation": ("Cyfranogiad", "المشاركة"),
    "Everyone affected can take part in the decisions.": (
        "Gall pawb yr effeithir arnyn nhw gymryd rhan yn y penderfyniadau.",
        "كل من يتأثر يستطيع المشاركة في القرارات.",
    ),
    "Accountability": ("Atebolrwydd", "المساءلة"),
    "We say what we will do and answer for what we did.": (
        "Rydyn ni'n dweud beth wnawn ni ac yn ateb am yr hyn a wnaethon ni.",
        "نقول ما سنفعله ونُسأل عمّا فعلناه.",
    ),
    "Reflection": ("Myfyrio", "التأمّل"),
    "We stop to look at how things went, honestly and kindly.": (
        "Rydyn ni'n oedi i edrych ar sut aeth pethau, yn onest ac yn garedig.",
        "نتوقّف لننظر كيف سارت الأمور، بصدق ولطف.",
    ),
    "Learning": ("Dysgu", "التعلّم"),
    "We pass on what we find out, including what did not work.": (
        "Rydyn ni'n rhannu'r hyn a ddysgwn, gan gynnwys yr hyn na weithiodd.",
        "ننقل ما نكتشفه، بما في ذلك ما لم ينجح.",
    ),
    # The care-work exchange series (events.demo_networks)
    "Care work exchange": ("Cyfnewid ar waith gofal", "تبادل حول عمل الرعاية"),
    "A monthly exchange between four collectives on turning our values into the way we run our groups: "
    "care, accountability and, this season, conflict.": (
        "Cyfnewid misol rhwng pedair cydweithfa ar droi ein gwerthoedd yn y ffordd rydyn ni'n rhedeg ein "
        "grwpiau: gofal, atebolrwydd ac, y tymor hwn, gwrthdaro.",
        "تبادل شهري بين أربع تجمّعات حول تحويل قيمنا إلى طريقة إدارة مجموعاتنا: الرعاية والمساءلة، "
        "وفي هذا الموسم، النزاع.",
    ),
    "Four collectives — a restorative-justice group, a kitchen collective, an HR co-op and a support network "
    "for grassroots groups — host these sessions together. Each one is a chance to compare how our groups look "
    "after people, share the load and answer for mistakes. Every group does this differently, and across "
    "borders we have more to learn from each other than keeps us apart.": (
        "Mae pedair cydweithfa — grŵp cyfiawnder adferol, cydweithfa gegin, cwmni cydweithredol AD a "
        "rhwydwaith cymorth i grwpiau llawr gwlad — yn cynnal y sesiynau hyn gyda'i gilydd. Mae pob un yn "
        "gyfle i gymharu sut mae ein grwpiau'n gofalu am bobl, yn rhannu'r baich ac yn ateb am gamgymeriadau. "
        "Mae pob grŵp yn gwneud hyn yn wahanol, ac ar draws ffiniau mae gennym fwy i'w ddysgu oddi wrth ein "
        "gilydd nag sy'n ein gwahanu.",
        "تستضيف هذه الجلسات معًا أربع تجمّعات: مجموعة للعدالة التصالحية، وتجمّع مطبخ، وتعاونية للموارد "
        "البشرية، وشبكة دعم للمجموعات القاعدية. كل جلسة فرصة لنقارن كيف تعتني مجموعاتنا بالناس، وتتقاسم "
        "العبء، وتتحمّل مسؤولية الأخطاء. كل مجموعة تفعل ذلك بطريقتها، وعبر الحدود لدينا ما نتعلّمه من "
        "بعضنا أكثر مما يفرّقنا.",
    ),
    "Topics for the next gathering": ("Pynciau ar gyfer y cynulliad nesaf", "مواضيع اللقاء القادم"),
    "This time we focus on conflict. A first list, to add to when you come:": (
        "Y tro hwn rydyn ni'n canolbwyntio ar wrthdaro. Rhestr gyntaf, i ychwanegu ati pan ddewch chi:",
        "نركّز هذه المرة على النزاع. إليك قائمة أولى يمكنك أن تضيف إليها حين تحضر:",
    ),
    "Seeing and naming power differences when a conflict starts": (
        "Gweld ac enwi gwahaniaethau grym pan fydd gwrthdaro'n dechrau",
        "رؤية فوارق القوة وتسميتها حين يبدأ النزاع",
    ),
    "Holding ourselves to account before we ask it of others": (
        "Dal ein hunain yn atebol cyn gofyn hynny gan eraill",
        "أن نحاسب أنفسنا قبل أن نطلب ذلك من غيرنا",
    ),
    "Building a group culture that can hold disagreement": (
        "Meithrin diwylliant grŵp sy'n gallu dal anghytundeb",
        "بناء ثقافة جماعية تتّسع للخلاف",
    ),
    "Tools for conversations nobody wants to have": (
        "Offer ar gyfer sgyrsiau nad oes neb eisiau eu cael",
        "أدوات للمحادثات التي لا يريد أحد خوضها",
    ),
    "When conflict helps a group grow, and when it tears it apart": (
        "Pryd mae gwrthdaro'n helpu grŵp i dyfu, a phryd mae'n ei rwygo",
        "متى يساعد النزاع المجموعة على النمو، ومتى يمزّقها",
    ),
    "Healthy and unhealthy accountability: how to tell them apart": (
        "Atebolrwydd iach ac afiach: sut i wahaniaethu rhyngddynt",
        "المساءلة الصحية وغير الصحية: كيف نميّز بينهما",
    ),
    "Accountability processes for the hardest situations": (
        "Prosesau atebolrwydd ar gyfer y sefyllfaoedd anoddaf",
        "مسارات المساءلة في أصعب المواقف",
    ),
    "Conflict, neurodivergence and meeting each other's needs": (
        "Gwrthdaro, niwroamrywiaeth a diwallu anghenion ein gilydd",
        "النزاع والتنوّع العصبي وتلبية احتياجات بعضنا",
    ),
    "How do our group's policies and habits show the care we say we value?": (
        "Sut mae polisïau ac arferion ein grŵp yn dangos y gofal rydyn ni'n dweud ein bod yn ei werthfawrogi?",
        "كيف تُظهر سياسات مجموعتنا وعاداتها الرعاية التي نقول إننا نقدّرها؟",
    ),
    "Cameras optional. A break half way. Say what you need when you arrive, or beforehand.": (
        "Camerâu'n ddewisol. Egwyl hanner ffordd. Dywedwch beth sydd ei angen arnoch pan gyrhaeddwch, neu cyn hynny.",
        "الكاميرات اختيارية. استراحة في المنتصف. أخبرنا بما تحتاجه حين تصل أو قبل ذلك.",
    ),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
