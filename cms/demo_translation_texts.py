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
    # The half-day workshop (events.demo_networks)
    "Shaping fair services together: a half-day workshop": (
        "Llunio gwasanaethau teg gyda'n gilydd: gweithdy hanner diwrnod",
        "نصنع معًا خدمات عادلة: ورشة عمل لنصف يوم",
    ),
    "The Fair Services Network of Networks brings four speakers on people who face exclusion changing the "
    "services they rely on, then time to talk in small groups. Free; register on this site.": (
        "Mae rhwydwaith rhwydweithiau Gwasanaethau Teg yn dod â phedwar siaradwr i sôn am bobl sy'n cael eu "
        "hallgáu yn newid y gwasanaethau y maen nhw'n dibynnu arnyn nhw, ac yna amser i sgwrsio mewn grwpiau "
        "bach. Am ddim; cofrestrwch ar y wefan hon.",
        "تجمع شبكة الشبكات من أجل خدمات عادلة أربعة متحدثين عن أشخاص يواجهون الإقصاء ويغيّرون الخدمات التي "
        "يعتمدون عليها، ثم وقتًا للحديث في مجموعات صغيرة. الحضور مجاني؛ سجّل في هذا الموقع.",
    ),
    "What gives people who are shut out of public services a real say in how they are run?": (
        "Beth sy'n rhoi llais go iawn i bobl sydd wedi'u cau allan o wasanaethau cyhoeddus yn y ffordd y maen "
        "nhw'n cael eu rhedeg?",
        "ما الذي يمنح المُقصَين عن الخدمات العامة رأيًا حقيقيًا في طريقة إدارتها؟",
    ),
    "Free, and open to anyone": ("Am ddim, ac yn agored i bawb", "مجانية ومفتوحة للجميع"),
    "Live captions. Speakers' slides are sent with the video link.": (
        "Isdeitlau byw. Mae sleidiau'r siaradwyr yn cael eu hanfon gyda'r ddolen fideo.",
        "ترجمة نصية مباشرة. تُرسَل شرائح المتحدثين مع رابط الفيديو.",
    ),
    "Passcode: fair": ("Cod mynediad: fair", "رمز الدخول: fair"),
    "Our network links practitioners, researchers and residents' groups who want to find out why public "
    "services keep leaving the same people out, and to change that. This is the fourth half-day workshop in "
    "this year's series: it is about people who have been excluded gaining influence over the services they "
    "use.": (
        "Mae ein rhwydwaith yn cysylltu ymarferwyr, ymchwilwyr a grwpiau trigolion sydd am ddeall pam mae "
        "gwasanaethau cyhoeddus yn dal i adael yr un bobl allan, a newid hynny. Dyma'r pedwerydd gweithdy "
        "hanner diwrnod yng nghyfres eleni: mae'n sôn am bobl sydd wedi'u hallgáu yn ennill dylanwad dros y "
        "gwasanaethau y maen nhw'n eu defnyddio.",
        "تربط شبكتنا بين العاملين في الميدان والباحثين ومجموعات السكان ممّن يريدون أن يفهموا لماذا تواصل "
        "الخدمات العامة إقصاء الأشخاص أنفسهم، وأن يغيّروا ذلك. هذه رابع ورشة لنصف يوم في سلسلة هذا العام، "
        "وموضوعها كيف يكتسب من أُقصوا تأثيرًا في الخدمات التي يستخدمونها.",
    ),
    "All times are UK time. Registration is free. The video link is emailed to everyone registered the day "
    "before the workshop.": (
        "Mae pob amser yn amser y DU. Mae cofrestru am ddim. Mae'r ddolen fideo yn cael ei hanfon drwy e-bost at "
        "bawb sydd wedi cofrestru y diwrnod cyn y gweithdy.",
        "جميع الأوقات بتوقيت المملكة المتحدة. التسجيل مجاني. يُرسَل رابط الفيديو بالبريد الإلكتروني إلى جميع "
        "المسجّلين في اليوم السابق للورشة.",
    ),
    "Welcome from the network": ("Croeso gan y rhwydwaith", "كلمة ترحيب من الشبكة"),
    "Who is here, how the breakout rooms work, captions.": (
        "Pwy sydd yma, sut mae'r ystafelloedd trafod yn gweithio, isdeitlau.",
        "من الحاضرون، وكيف تعمل الغرف الجانبية، والترجمة النصية.",
    ),
    "Jobs that fit: employers and patients redesigning work together": (
        "Swyddi sy'n gweddu: cyflogwyr a chleifion yn ailgynllunio gwaith gyda'i gilydd",
        "وظائف تناسب أصحابها: أصحاب العمل والمرضى يعيدون تصميم العمل معًا",
    ),
    "How people living with long-term illness sat down with local employers and changed hiring.": (
        "Sut eisteddodd pobl sy'n byw gyda salwch hirdymor gyda chyflogwyr lleol a newid y ffordd maen nhw'n "
        "recriwtio.",
        "كيف جلس أشخاص يعيشون مع أمراض مزمنة إلى أصحاب العمل المحليين وغيّروا طريقة التوظيف.",
    ),
    "Students writing the rules: beyond a token seat on the panel": (
        "Myfyrwyr yn ysgrifennu'r rheolau: mwy na sedd symbolaidd ar y panel",
        "الطلاب يكتبون القواعد: أبعد من مقعد رمزي في اللجنة",
    ),
    "What happened when pupils drafted part of their council's education plan.": (
        "Beth ddigwyddodd pan ddrafftiodd disgyblion ran o gynllun addysg eu cyngor.",
        "ماذا حدث حين صاغ التلاميذ جزءًا من خطة التعليم في مجلسهم المحلي.",
    ),
    "Life stories as evidence in mental-health care": (
        "Straeon bywyd yn dystiolaeth mewn gofal iechyd meddwl",
        "قصص الحياة شاهدًا في رعاية الصحة النفسية",
    ),
    "Collecting people's own accounts of care, and getting services to act on them.": (
        "Casglu hanesion pobl eu hunain am ofal, a chael gwasanaethau i weithredu arnyn nhw.",
        "جمع روايات الناس أنفسهم عن الرعاية، ودفع الخدمات إلى العمل بها.",
    ),
    "Residents in local decisions: what the research tells us": (
        "Trigolion mewn penderfyniadau lleol: beth mae'r ymchwil yn ei ddweud wrthym",
        "السكان في القرارات المحلية: ما تقوله الأبحاث",
    ),
    "A short tour of studies on which ways of involving residents changed outcomes.": (
        "Taith fer drwy astudiaethau ar ba ffyrdd o gynnwys trigolion a newidiodd y canlyniadau.",
        "جولة قصيرة في الدراسات التي تبيّن أيّ طرق إشراك السكان غيّرت النتائج.",
    ),
    "Talking it through in small groups": ("Trafod mewn grwpiau bach", "نقاش في مجموعات صغيرة"),
    "Pick one talk and take it further.": (
        "Dewiswch un sgwrs a mynd â hi ymhellach.",
        "اختر إحدى المداخلات وتعمّق فيها أكثر.",
    ),
    "Projects you can join": ("Prosiectau y gallwch ymuno â nhw", "مشاريع يمكنك الانضمام إليها"),
    "Member networks describe the joint projects starting this year and how to get involved.": (
        "Mae'r rhwydweithiau sy'n aelodau yn disgrifio'r prosiectau ar y cyd sy'n dechrau eleni a sut i gymryd rhan.",
        "تعرض الشبكات الأعضاء المشاريع المشتركة التي تنطلق هذا العام وطريقة المشاركة فيها.",
    ),
    # Ways of working (handbook.demo_pages)
    "Ways of working": ("Ffyrdd o weithio", "طرق العمل"),
    "The habits that decide whether a network thrives: how we treat each other while we act.": (
        "Yr arferion sy'n penderfynu a yw rhwydwaith yn ffynnu: sut rydyn ni'n trin ein gilydd wrth weithredu.",
        "العادات التي تحدّد ما إذا كانت الشبكة تزدهر: كيف نعامل بعضنا ونحن نعمل.",
    ),
    "Why this comes first": ("Pam mae hyn yn dod gyntaf", "لماذا يأتي هذا أولًا"),
    "Most of what a network achieves depends less on its plans than on how its members treat each other "
    "while carrying them out. That is why this part of the handbook sits at its centre: it is closer to an "
    "operating system than to a rulebook.": (
        "Mae'r rhan fwyaf o'r hyn y mae rhwydwaith yn ei gyflawni yn dibynnu llai ar ei gynlluniau nag ar sut "
        "mae ei aelodau'n trin ei gilydd wrth eu gwireddu. Dyna pam mae'r rhan hon o'r llawlyfr yn ei ganol: "
        "mae'n debycach i system weithredu nag i lyfr rheolau.",
        "يتوقّف معظم ما تحقّقه الشبكة على طريقة تعامل أعضائها مع بعضهم وهم ينفّذون خططها أكثر مما يتوقّف على "
        "الخطط نفسها. لذلك يقع هذا الجزء في قلب الدليل: فهو أقرب إلى نظام تشغيل منه إلى كتاب قواعد.",
    ),
    "Summary of a members' video call about the handbook, December 2020.": (
        "Crynodeb o alwad fideo rhwng aelodau am y llawlyfr, Rhagfyr 2020.",
        "خلاصة مكالمة فيديو للأعضاء حول الدليل، ديسمبر 2020.",
    ),
    "Some of us would rather call this part 'principles'. Others feel principles sound fixed, and that ways "
    "of working can keep growing. Which do you prefer?": (
        "Byddai'n well gan rai ohonon ni alw'r rhan hon yn 'egwyddorion'. Mae eraill yn teimlo bod egwyddorion "
        "yn swnio'n sefydlog, ac y gall ffyrdd o weithio barhau i dyfu. Pa un sydd orau gennych chi?",
        "يفضّل بعضنا أن يسمّي هذا الجزء «مبادئ». ويرى آخرون أن المبادئ تبدو ثابتة، وأن طرق العمل يمكن أن "
        "تواصل النمو. أيّهما تفضّل؟",
    ),
    "Priya, handbook editor": ("Priya, golygydd y llawlyfr", "بريا، محرّرة الدليل"),
    "How this part is laid out": ("Sut mae'r rhan hon wedi'i threfnu", "كيف رُتّب هذا الجزء"),
    "Each sub-section describes one habit that members keep coming back to. Where nobody has written a part "
    "yet, you will find a box inviting you to.": (
        "Mae pob is-adran yn disgrifio un arfer y mae aelodau'n dod yn ôl ato dro ar ôl tro. Lle nad oes neb "
        "wedi ysgrifennu rhan eto, fe welwch flwch yn eich gwahodd i wneud hynny.",
        "يصف كل قسم فرعي عادةً واحدة يعود إليها الأعضاء مرة بعد مرة. وحيث لم يكتب أحد جزءًا بعد، ستجد مربعًا "
        "يدعوك إلى كتابته.",
    ),
    "Here we mean any of the three kinds of network.": (
        "Yma rydyn ni'n golygu unrhyw un o'r tri math o rwydwaith.",
        "نقصد هنا أيّ نوع من أنواع الشبكات الثلاثة.",
    ),
    "What members say": ("Beth mae aelodau'n ei ddweud", "ماذا يقول الأعضاء"),
    "How we treat each other on an ordinary Tuesday decides more than any strategy we write down.": (
        "Mae sut rydyn ni'n trin ein gilydd ar ddydd Mawrth cyffredin yn penderfynu mwy nag unrhyw strategaeth "
        "a ysgrifennwn.",
        "طريقة تعاملنا مع بعضنا في يوم ثلاثاء عادي تحسم أكثر مما تحسمه أيّ استراتيجية نكتبها.",
    ),
    "Co-founder, Harbourside residents' network": (
        "Cyd-sylfaenydd, rhwydwaith trigolion Harbourside",
        "شريكة مؤسِّسة، شبكة سكان هاربرسايد",
    ),
    "Closing words at the network's winter call on the handbook, December 2020.": (
        "Geiriau olaf galwad aeaf y rhwydwaith am y llawlyfr, Rhagfyr 2020.",
        "كلمات ختامية في مكالمة الشبكة الشتوية حول الدليل، ديسمبر 2020.",
    ),
    "A network is only as strong as the slowest person it still makes room for.": (
        "Dim ond mor gryf â'r person arafaf y mae'n dal i wneud lle iddo yw rhwydwaith.",
        "لا تكون الشبكة أقوى من أبطأ شخص ما زالت تفسح له مكانًا.",
    ),
    "Volunteer, Upper Valley food co-op": (
        "Gwirfoddolwr, cwmni cydweithredol bwyd Upper Valley",
        "متطوّع، تعاونية الغذاء في أبر فالي",
    ),
    "Letter to the handbook editors, published in the members' newsletter, issue 4, 2021.": (
        "Llythyr at olygyddion y llawlyfr, a gyhoeddwyd yng nghylchlythyr yr aelodau, rhifyn 4, 2021.",
        "رسالة إلى محرّري الدليل، نُشرت في النشرة الإخبارية للأعضاء، العدد 4، 2021.",
    ),
    "What is still missing": ("Beth sydd ar goll o hyd", "ما الذي لا يزال ناقصًا"),
    "Bridges and shared responsibility": ("Pontydd a chyfrifoldeb a rennir", "الجسور والمسؤولية المشتركة"),
    "How do networks take on responsibility together without one of them being in charge? Tell us about a "
    "time your group shared a task with another.": (
        "Sut mae rhwydweithiau'n ysgwyddo cyfrifoldeb gyda'i gilydd heb i un ohonyn nhw fod wrth y llyw? "
        "Dywedwch wrthym am adeg pan rannodd eich grŵp dasg â grŵp arall.",
        "كيف تتحمّل الشبكات المسؤولية معًا من دون أن تتولّى إحداها القيادة؟ أخبرنا عن مرة تقاسمت فيها "
        "مجموعتك مهمة مع مجموعة أخرى.",
    ),
    "Working with the authorities": ("Gweithio gyda'r awdurdodau", "العمل مع السلطات"),
    "When groups work with councils or other official bodies, which habits help them keep their confidence "
    "and their own voice?": (
        "Pan fydd grwpiau'n gweithio gyda chynghorau neu gyrff swyddogol eraill, pa arferion sy'n eu helpu i "
        "gadw eu hyder a'u llais eu hunain?",
        "حين تعمل المجموعات مع المجالس المحلية أو غيرها من الجهات الرسمية، ما العادات التي تساعدها على "
        "الحفاظ على ثقتها وصوتها الخاص؟",
    ),
}

STRINGS = {english: {"cy": cy, "ar": ar} for english, (cy, ar) in TEXTS.items()}
