"""Foundation course "the city's role in prevention", the short course every learner takes first. Three modules of two lessons each: what a city can do (why cities matter, the Rabat workshop's three priority needs, the municipality's mandate and levers), the drivers of extremism and the evidence (threats named in Rabat, the UNDP Journey to Extremism findings, city-level needs assessments), and the basics of national–local cooperation (the GCTF memorandum and NLC Toolkit, the Iraq sub-committees, stable, fragile and post-conflict settings). Facts come from /work/shared/content/CATALOGUE.md; workshop facts are attributed to the Rabat workshop of March 2023, and the only quote is a labelled composite paraphrase."""

COURSE = {
    "slug": "city-role-in-prevention",
    "track": "foundation",
    "estimated_hours": 1,
    "awards_certificate": True,
    "ar": {
        "title": "الأساس: دور المدينة في الوقاية",
        "audience": "لجميع المتعلمين: رؤساء البلديات ونوابهم، وموظفو البلديات، وأعضاء مجالس الشباب الذين يبدؤون مسارهم في أكاديمية المدن الشابة.",
        "summary": "مقدمة قصيرة لما تستطيع الإدارة المحلية فعله للوقاية من الكراهية والتطرف والاستقطاب. تستند إلى أدلة شبكة المدن القوية، وإلى أبحاث برنامج الأمم المتحدة الإنمائي، وإلى الاحتياجات التي حددها مسؤولون من المنطقة في الرباط عام 2023. وإتمامها يمنحك شهادتك الأولى.",
        "outcomes": [
            "شرح أهمية دور المدن في الوقاية، والأدوات التي تملكها البلدية.",
            "وصف أبرز دوافع التطرف كما حددتها الأبحاث ومدن المنطقة.",
            "شرح لماذا يجب أن تسبق الأدلةُ المحلية وتقييمُ الاحتياجات أيَّ تدخل.",
            "وصف أساسيات التعاون بين المستويين الوطني والمحلي، وكيف يتكيف مع السياقات المختلفة.",
        ],
    },
    "en": {
        "title": "Foundation: the city's role in prevention",
        "audience": "All learners: mayors, deputy mayors, municipal staff and youth-council members starting out at Young Cities Academy.",
        "summary": "A short introduction to what local government can do to prevent hate, extremism and polarisation. It draws on the Strong Cities Network guides, UNDP research and the needs that officials from the region named in Rabat in 2023. Complete it to earn your first certificate.",
        "outcomes": [
            "Explain why cities matter in prevention and which levers a municipality holds.",
            "Describe the main drivers of extremism identified by research and by cities in the region.",
            "Explain why local evidence and needs assessments come before action.",
            "Describe the basics of national–local cooperation and how it adapts to different contexts.",
        ],
    },
    "fr": {
        "title": "Fondamentaux : le rôle de la ville dans la prévention",
        "audience": "Tous les apprenants : maires, maires adjoints, agents municipaux et membres de conseils de jeunes qui débutent à la Young Cities Academy.",
        "summary": "Une courte introduction à ce que les collectivités locales peuvent faire pour prévenir la haine, l'extrémisme et la polarisation. Elle s'appuie sur les guides du Strong Cities Network, sur les recherches du PNUD et sur les besoins exprimés par des responsables de la région à Rabat en 2023. Terminez-la pour obtenir votre premier certificat.",
        "outcomes": [
            "Expliquer pourquoi les villes comptent dans la prévention et de quels leviers dispose une municipalité.",
            "Décrire les principaux facteurs de l'extrémisme identifiés par la recherche et par les villes de la région.",
            "Expliquer pourquoi les données locales et l'évaluation des besoins doivent précéder l'action.",
            "Décrire les bases de la coopération entre les niveaux national et local et son adaptation aux différents contextes.",
        ],
    },
    "modules": [
        # ------------------------------------------------------------------
        # Module 1: what a city can do
        # ------------------------------------------------------------------
        {
            "slug": "what-a-city-can-do",
            "estimated_minutes": 12,
            "source": {
                "guidebook": "guide-for-mayors",
                "chapter": {
                    "ar": "الفصل الأول: الاستعداد",
                    "en": "Chapter 1: Preparation",
                    "fr": "Chapitre 1 : Préparation",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
            },
            "ar": {
                "title": "ما الذي تستطيع المدينة فعله",
                "objectives": [
                    "شرح سبب امتلاك الإدارة المحلية دورًا في الوقاية من الكراهية والتطرف والاستقطاب.",
                    "تسمية الاحتياجات الثلاثة ذات الأولوية التي حددها مسؤولو المنطقة في ورشة الرباط.",
                    "تحديد الأدوات الأربع التي تستطيع البلدية استخدامها: الخدمات، والجمع بين الأطراف، والتواصل، والبيانات.",
                ],
            },
            "en": {
                "title": "What a city can do",
                "objectives": [
                    "Explain why local government has a role in preventing hate, extremism and polarisation.",
                    "Name the three priority needs identified by officials from the region at the Rabat workshop.",
                    "Identify the four levers a municipality can use: services, convening, communication and data.",
                ],
            },
            "fr": {
                "title": "Ce qu'une ville peut faire",
                "objectives": [
                    "Expliquer pourquoi les collectivités locales ont un rôle à jouer dans la prévention de la haine, de l'extrémisme et de la polarisation.",
                    "Citer les trois besoins prioritaires identifiés par les responsables de la région à l'atelier de Rabat.",
                    "Identifier les quatre leviers d'une municipalité : les services, la capacité de rassembler, la communication et les données.",
                ],
            },
            "lessons": [
                # Lesson 1.1
                {
                    "slug": "why-cities-matter",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "لماذا تهمّ المدن، ولماذا لا توجد مدينة محصّنة",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>تُناقَش الكراهية والتطرف والاستقطاب في العواصم، لكنها تُعاش في الأحياء: في ممرّ مدرسة، وفي موقف حافلات، وفي مجموعة على واتساب، وفي نادٍ للشباب أُغلقت أبوابه. والإدارة المحلية هي وجه الدولة الذي يلتقيه السكان كل يوم؛ فهي تدير كثيرًا من الأماكن التي يكبر فيها الشباب أو تشرف عليها، وغالبًا ما تكون أول من يلاحظ تصاعد التوتر.</p><p>ومن الرسائل الأساسية في «دليل لرؤساء البلديات» (<em>A Guide for Mayors</em>) الصادر عن شبكة المدن القوية عام 2023 أنه <strong>لا توجد مدينة محصّنة</strong>. فالتهديدات تتغير: تنتقل إلى الفضاء الرقمي، وتتبع الأزمات وموجات النزوح، وتصل إلى البلدات الصغيرة والمناطق الحدودية كما تصل إلى العواصم. أما انتظار وقوع الحادث فيعني التعامل معه دون علاقات ودون معلومات ودون خطة.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "نحن أول من يلجأ إليه السكان حين يتصاعد التوتر في حيّ ما، ومع ذلك كثيرًا ما نكون آخر من يُسأل عمّا ينبغي فعله.",
                                    "speaker": "مسؤولون محليون من المنطقة",
                                    "role": "خلاصة لآراء طُرحت في ورشة الرباط، مارس 2023 (بتصرّف)",
                                },
                            },
                            {"type": "heading", "value": "ثلاثة احتياجات ذات أولوية حُدِّدت في الرباط"},
                            {
                                "type": "rich_text",
                                "value": "<p>في مارس 2023 عقد المركز الإقليمي لشبكة المدن القوية في الشرق الأوسط وشمال أفريقيا ورشته الأولى في الرباط. شارك فيها أكثر من 70 ممثلًا عن الحكومات المحلية والوطنية والمجتمع المدني من الأردن وتونس والعراق ولبنان وليبيا ومصر والمغرب، بينهم رؤساء بلديات ونوابهم ومسؤولون من 27 بلدية أو محافظة. ووفقًا لملخص الورشة، اتفق المشاركون على ثلاثة احتياجات ذات أولوية:</p><ol><li><strong>التوعية</strong> بالدور الذي يمكن أن تؤديه المدن في الوقاية من الكراهية والتطرف والاستقطاب والتصدي لها.</li><li><strong>بناء القدرات التقنية</strong> والتوعية بقضايا محددة.</li><li><strong>تعاون مستدام بين المستويين الوطني والمحلي</strong>، حتى تعمل المدن والسلطات الوطنية معًا بدلًا من العمل في مسارات متوازية.</li></ol><p>يتناول هذا المقرر الأساسي الحاجة الأولى، ويمهّد للحاجتين الأخريين.</p>",
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم الخلاصات",
                                    "items": [
                                        "الوقاية تحدث حيث يعيش الناس، والبلدية هي أقرب مستويات الحكم إليهم.",
                                        "لا توجد مدينة محصّنة: التحرك قبل الأزمة أسهل من التحرك في أثنائها.",
                                        "طلب مسؤولو المنطقة التوعية، والمهارات العملية، وتعاونًا أفضل مع السلطات الوطنية.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "استحضر موقفًا خلال العامين الماضيين أثّر فيه توترٌ أو خطابُ كراهية أو شائعةٌ في مدينتك أو حيّك. من لاحظ ذلك أولًا؟ وما الدور الذي أدّته البلدية؟ وماذا كان يمكنها أن تفعل في وقت أبكر؟"
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Why cities matter, and why no city is immune",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Hate, extremism and polarisation are debated in capitals, but they are lived in neighbourhoods: in a school corridor, at a bus stop, in a WhatsApp group, in a youth club that closed its doors. Local government is the face of the state that residents meet every day. It runs or oversees many of the places where young people grow up, and it is often the first to notice when tensions rise.</p><p>A core message of the Strong Cities Network's <em>A Guide for Mayors</em> (2023) is that <strong>no city is immune</strong>. Threats change: they move online, they follow crises and displacement, and they reach small towns and border areas as well as capitals. Waiting until something happens means responding without relationships, without information and without a plan.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "We are the first people residents turn to when tension rises in a neighbourhood, yet we are often the last to be asked what should be done.",
                                    "speaker": "Local officials from the region",
                                    "role": "Composite of views shared at the Rabat workshop, March 2023 (paraphrased)",
                                },
                            },
                            {"type": "heading", "value": "Three priority needs named in Rabat"},
                            {
                                "type": "rich_text",
                                "value": "<p>In March 2023 the Strong Cities Network's MENA hub held its first workshop in Rabat. More than 70 representatives of local and national government and civil society from Egypt, Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia took part, including mayors, deputy mayors and officials from 27 municipalities or governorates. According to the workshop summary, they agreed on three priority needs:</p><ol><li><strong>Awareness</strong> of the role cities can play in preventing and responding to hate, extremism and polarisation.</li><li><strong>Technical capacity-building</strong> and awareness of specific themes.</li><li><strong>Sustainable national–local cooperation</strong>, so that cities and national authorities work together rather than in parallel.</li></ol><p>This foundation course addresses the first need and introduces the other two.</p>",
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Prevention happens where people live, and the municipality is the level of government closest to them.",
                                        "No city is immune: acting before a crisis is easier than acting during one.",
                                        "Officials from the region asked for awareness, practical skills and better cooperation with national authorities.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Think of a moment in the last two years when tension, hate speech or a rumour affected your city or neighbourhood. Who noticed it first, and what role did the municipality play? What could it have done earlier?"
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Pourquoi les villes comptent, et pourquoi aucune n'est à l'abri",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>La haine, l'extrémisme et la polarisation se débattent dans les capitales, mais ils se vivent dans les quartiers : dans le couloir d'une école, à un arrêt de bus, dans un groupe WhatsApp, dans une maison des jeunes qui a fermé ses portes. La collectivité locale est le visage de l'État que les habitants rencontrent chaque jour. Elle gère ou supervise bon nombre des lieux où grandissent les jeunes, et c'est souvent elle qui perçoit la première la montée des tensions.</p><p>L'un des messages centraux de <em>A Guide for Mayors</em> (guide à l'intention des maires publié par le Strong Cities Network en 2023) est qu'<strong>aucune ville n'est à l'abri</strong>. Les menaces évoluent : elles passent en ligne, suivent les crises et les déplacements de population, et touchent les petites villes et les zones frontalières autant que les capitales. Attendre qu'un incident survienne, c'est devoir réagir sans relations, sans informations et sans plan.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "Quand les tensions montent dans un quartier, c'est vers nous que les habitants se tournent en premier. Pourtant, on nous demande souvent notre avis en dernier.",
                                    "speaker": "Des responsables locaux de la région",
                                    "role": "Synthèse de points de vue exprimés à l'atelier de Rabat, mars 2023 (paraphrase)",
                                },
                            },
                            {"type": "heading", "value": "Trois besoins prioritaires identifiés à Rabat"},
                            {
                                "type": "rich_text",
                                "value": "<p>En mars 2023, le hub MENA du Strong Cities Network a tenu son premier atelier à Rabat. Plus de 70 représentants de gouvernements locaux et nationaux et de la société civile d'Égypte, d'Irak, de Jordanie, du Liban, de Libye, du Maroc et de Tunisie y ont participé, dont des maires, des maires adjoints et des responsables de 27 municipalités ou gouvernorats. Selon le compte rendu de l'atelier, ils ont retenu trois besoins prioritaires :</p><ol><li><strong>La sensibilisation</strong> au rôle que les villes peuvent jouer pour prévenir la haine, l'extrémisme et la polarisation, et pour y répondre.</li><li><strong>Le renforcement des capacités techniques</strong> et la sensibilisation à des thématiques précises.</li><li><strong>Une coopération durable entre les niveaux national et local</strong>, pour que villes et autorités nationales travaillent ensemble plutôt qu'en parallèle.</li></ol><p>Ce cours de base répond au premier besoin et introduit les deux autres.</p>",
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "La prévention se joue là où vivent les gens ; la municipalité est l'échelon de gouvernement le plus proche d'eux.",
                                        "Aucune ville n'est à l'abri : agir avant une crise est plus facile qu'agir pendant.",
                                        "Les responsables de la région ont demandé de la sensibilisation, des compétences pratiques et une meilleure coopération avec les autorités nationales.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Pensez à un moment, au cours des deux dernières années, où une tension, un discours de haine ou une rumeur a touché votre ville ou votre quartier. Qui l'a remarqué en premier, et quel rôle la municipalité a-t-elle joué ? Qu'aurait-elle pu faire plus tôt ?"
                                },
                            },
                        ],
                    },
                },
                # Lesson 1.2
                {
                    "slug": "mandate-and-levers",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "صلاحياتك وأدواتك",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>الوقاية ليست مرادفًا للأمن. فأعمال الشرطة والاستخبارات والملاحقة القضائية تبقى من اختصاص الأجهزة الوطنية. أما إسهام البلدية فمختلف: إنها تعمل في المنبع، فتقوّي الروابط والفرص والثقة التي تجعل الناس أقل تقبّلًا للكراهية والعنف. ويدعو «دليل لرؤساء البلديات» كل رئيس بلدية إلى أن يبدأ بفهم <strong>صلاحياته</strong>: ما الذي يسمح به القانون، وما الذي يستطيع المجلس تمويله، وأين تحتاج المدينة إلى شركاء وطنيين.</p><p>تختلف الصلاحيات من بلد إلى آخر، ومن مدينة كبرى إلى بلدية ريفية، لكن معظم الإدارات المحلية تملك أربع أدوات:</p><ul><li><strong>الخدمات:</strong> المدارس والبرامج التعليمية، ومراكز الشباب والرياضة، والخدمات الاجتماعية، والفضاءات العامة وإنارة الشوارع. فالخدمات العادلة والمتاحة للجميع تُشعر كل ساكن بأن له مكانًا في المدينة.</li><li><strong>الجمع بين الأطراف:</strong> يستطيع رئيس البلدية أن يجمع حول طاولة واحدة أطرافًا نادرًا ما تلتقي: مديري المدارس، والقيادات الدينية، وجمعيات النساء والشباب، والشرطة، والعاملين في الصحة، وأصحاب الأعمال.</li><li><strong>التواصل:</strong> القادة المحليون أصوات موثوقة، وما يقولونه وتوقيت قوله قد يهدّئ التوتر بعد حادث ما أو يصحّح شائعة قبل انتشارها.</li><li><strong>البيانات:</strong> تملك البلدية معلومات عن الخدمات والشكاوى والأحياء، وإذا استُخدمت بعناية ساعدت المدينة على رؤية المواضع التي تتزايد فيها الاحتياجات والتوترات.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "وقاية لا مراقبة",
                                    "text": "<p>إن استخدام مراكز الشباب أو الخدمات الاجتماعية لمراقبة السكان يهدم الثقة التي تمنحها قيمتها. اجعل العمل الوقائي طوعيًا وشفافًا ومنفصلًا عن جمع المعلومات الاستخباراتية، والتزم بالقانون في ما يخص البيانات الشخصية.</p>",
                                },
                            },
                            {
                                "type": "h5p",
                                "value": {"activity": "youth-centre-and-the-list", "pass_mark": 100, "required": True},
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "الخدمات والجمع بين الأطراف على أرض الواقع: جمعت الرباط بين شراكات للمساواة بين الجنسين، ومراكز لمناهضة التحرش اللفظي والجسدي بالنساء، وتربية على حقوق الإنسان وصلت إلى أكثر من 80 ألف تلميذ (بحسب ما عُرض في ورشة الرباط، مارس 2023).",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "الفصل الأول: الاستعداد (لا توجد مدينة محصّنة، التهديد المتغيّر، صلاحياتك)",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيٌّ مما يلي من الأدوات التي تستطيع معظم البلديات استخدامها في الوقاية؟",
                                            "options": [
                                                {
                                                    "text": "تقديم خدمات عادلة ومتاحة، مثل مراكز الشباب والبرامج المدرسية",
                                                    "correct": True,
                                                    "feedback": "صحيح. الخدمات هي الأداة اليومية الأهم للمدينة: فهي تُشعر السكان بالانتماء وتفتح أمام الشباب فرصًا حقيقية.",
                                                },
                                                {
                                                    "text": "جمع المدارس والمجتمع المدني والقيادات الدينية والشرطة حول طاولة واحدة",
                                                    "correct": True,
                                                    "feedback": "صحيح. الجمع بين الأطراف قدرةٌ كثيرًا ما لا يستثمرها رؤساء البلديات بما يكفي، مع أن قلّة من الجهات تستطيع جمع كل هؤلاء الشركاء.",
                                                },
                                                {
                                                    "text": "اعتقال المشتبه بهم وملاحقتهم قضائيًا",
                                                    "correct": False,
                                                    "feedback": "ليست من أدوات البلدية. الاعتقال والملاحقة من اختصاص الشرطة الوطنية والقضاء، أما دور المدينة فهو العمل في المنبع والتنسيق معهما.",
                                                },
                                                {
                                                    "text": "التحدث علنًا لتهدئة التوتر أو تصحيح شائعة",
                                                    "correct": True,
                                                    "feedback": "صحيح. القادة المحليون أصوات موثوقة، والتواصل في الوقت المناسب من أقوى أدواتهم.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "الوقاية مهمة الأجهزة الأمنية الوطنية وحدها، ولا دور حقيقيًا للبلدية قبل وقوع اعتداء.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "ليس تمامًا. انتظار الحادث يعني مواجهته دون علاقات ولا معلومات. تعمل المدن في المنبع، قبل أي استجابة أمنية بوقت طويل.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. لا توجد مدينة محصّنة، وخدمات المدينة وقدرتها على الجمع بين الأطراف وتواصلها وبياناتها كلها تسهم في الوقاية قبل أن يقع أي شيء.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "بعد حادث عنيف، انتشرت بسرعة على وسائل التواصل الاجتماعي شائعات كاذبة تُلقي اللوم على فئة من سكان مدينتك. ما الأداة التي ينبغي أن يستخدمها رئيس البلدية أولًا؟",
                                            "options": [
                                                {
                                                    "text": "التواصل: رسالة علنية سريعة ودقيقة تدعو إلى الهدوء وترفض اللوم الجماعي",
                                                    "correct": True,
                                                    "feedback": "صحيح. رسالة دقيقة وفي وقتها من قائد محلي موثوق قد تمنع الشائعة من التحول إلى أعمال انتقامية.",
                                                },
                                                {
                                                    "text": "البيانات: تكليف جهة بإعداد دراسة عن الحي وانتظار نتائجها",
                                                    "correct": False,
                                                    "feedback": "الأدلة مهمة، لكن الدراسة تستغرق أشهرًا. في الساعات الأولى، الأولوية لرسالة علنية واضحة.",
                                                },
                                                {
                                                    "text": "الخدمات: إغلاق مركز الشباب في المنطقة المعنية حتى تهدأ الأمور",
                                                    "correct": False,
                                                    "feedback": "إغلاق الخدمات يوحي بأن فئة كاملة من السكان موضع شبهة، ويحرم الناس من فضاء آمن في الوقت الذي يحتاجون إليه فيه.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Your mandate and your levers",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Prevention is not the same as security. Policing, intelligence and prosecution stay with national agencies. A municipality's contribution is different: it works upstream, strengthening the ties, opportunities and trust that make people less receptive to hate and violence. <em>A Guide for Mayors</em> asks every mayor to start by understanding <strong>their own mandate</strong>: what the law allows, what the council can fund, and where the city needs national partners.</p><p>Mandates differ from country to country, and from a large city to a rural municipality. But most local governments hold four levers:</p><ul><li><strong>Services.</strong> Schools and education programmes, youth and sports centres, social services, public spaces and street lighting. Fair, accessible services show every resident that they have a place in the city.</li><li><strong>Convening.</strong> The mayor can bring together people who rarely sit at one table: head teachers, religious leaders, women's and youth groups, police, health workers and businesses.</li><li><strong>Communication.</strong> Local leaders are trusted voices. What they say, and when, can calm tension after an incident or correct a rumour before it spreads.</li><li><strong>Data.</strong> Municipalities hold information on services, complaints and neighbourhoods. Used carefully, it helps the city see where needs and tensions are growing.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Prevention, not surveillance",
                                    "text": "<p>Using youth centres or social services to watch residents destroys the trust that makes them useful. Keep prevention work voluntary, open and separate from intelligence-gathering, and follow the law on personal data.</p>",
                                },
                            },
                            {
                                "type": "h5p",
                                "value": {"activity": "youth-centre-and-the-list", "pass_mark": 100, "required": True},
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "Services and convening in practice: Rabat combined gender-equality partnerships, centres against verbal and physical harassment of women, and human-rights education that reached more than 80,000 school students (reported at the Rabat workshop, March 2023).",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "Chapter 1: Preparation (no city is immune, the changing threat, your mandate)",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these are levers most municipalities can use for prevention?",
                                            "options": [
                                                {
                                                    "text": "Running fair, accessible services such as youth centres and school programmes",
                                                    "correct": True,
                                                    "feedback": "Correct. Services are the city's most everyday lever: they show residents they belong and open real opportunities for young people.",
                                                },
                                                {
                                                    "text": "Bringing schools, civil society, religious leaders and police around one table",
                                                    "correct": True,
                                                    "feedback": "Correct. Convening is a power mayors often underuse, although few other actors can bring all these partners together.",
                                                },
                                                {
                                                    "text": "Arresting and prosecuting suspects",
                                                    "correct": False,
                                                    "feedback": "Not a municipal lever. Arrest and prosecution belong to the national police and the judiciary; the city's role is to work upstream and coordinate with them.",
                                                },
                                                {
                                                    "text": "Speaking publicly to calm tension or correct a rumour",
                                                    "correct": True,
                                                    "feedback": "Correct. Local leaders are trusted voices, and timely communication is one of their strongest tools.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Prevention is the job of national security agencies alone; a municipality has no real role until an attack happens.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Not quite. Waiting for an incident means facing it without relationships or information. Cities act upstream, long before any security response.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. No city is immune, and the city's services, convening power, communication and data all contribute to prevention before anything happens.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "After a violent incident, false rumours blaming one group of residents spread quickly on social media in your city. Which lever should the mayor use first?",
                                            "options": [
                                                {
                                                    "text": "Communication: a quick, factual public message that calls for calm and rejects collective blame",
                                                    "correct": True,
                                                    "feedback": "Correct. A timely, factual message from a trusted local leader can stop a rumour from turning into retaliation.",
                                                },
                                                {
                                                    "text": "Data: commission a study of the neighbourhood and wait for the results",
                                                    "correct": False,
                                                    "feedback": "Evidence matters, but a study takes months. In the first hours, the priority is a clear public message.",
                                                },
                                                {
                                                    "text": "Services: close the youth centre in the area until things calm down",
                                                    "correct": False,
                                                    "feedback": "Closing services suggests that a whole group of residents is under suspicion, and it removes a safe space just when people need it.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Votre mandat et vos leviers",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Prévenir n'est pas sécuriser. La police, le renseignement et les poursuites judiciaires restent du ressort des services nationaux. La contribution d'une municipalité est d'une autre nature : elle agit en amont, en renforçant les liens, les perspectives et la confiance qui rendent les habitants moins réceptifs à la haine et à la violence. <em>A Guide for Mayors</em> invite chaque maire à commencer par bien connaître <strong>son mandat</strong> : ce que la loi permet, ce que le conseil peut financer et les domaines où la ville a besoin de partenaires nationaux.</p><p>Les compétences varient d'un pays à l'autre, et d'une grande ville à une commune rurale. Mais la plupart des collectivités locales disposent de quatre leviers :</p><ul><li><strong>Les services.</strong> Écoles et programmes éducatifs, maisons des jeunes et équipements sportifs, services sociaux, espaces publics et éclairage des rues. Des services équitables et accessibles montrent à chaque habitant qu'il a sa place dans la ville.</li><li><strong>La capacité de rassembler.</strong> Le maire peut réunir autour d'une même table des acteurs qui se rencontrent rarement : chefs d'établissement, responsables religieux, associations de femmes et de jeunes, police, personnels de santé, entreprises.</li><li><strong>La communication.</strong> Les élus locaux sont des voix de confiance. Ce qu'ils disent, et le moment où ils le disent, peut apaiser les tensions après un incident ou démentir une rumeur avant qu'elle ne se propage.</li><li><strong>Les données.</strong> La municipalité détient des informations sur les services, les réclamations et les quartiers. Utilisées avec précaution, elles aident la ville à repérer où les besoins et les tensions augmentent.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Prévenir, pas surveiller",
                                    "text": "<p>Se servir des maisons des jeunes ou des services sociaux pour surveiller les habitants détruit la confiance qui fait leur utilité. Gardez le travail de prévention volontaire, transparent et distinct du renseignement, et respectez la loi sur les données personnelles.</p>",
                                },
                            },
                            {
                                "type": "h5p",
                                "value": {"activity": "youth-centre-and-the-list", "pass_mark": 100, "required": True},
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "Services et capacité de rassembler en pratique : Rabat a associé des partenariats pour l'égalité femmes-hommes, des centres de lutte contre le harcèlement verbal et physique des femmes et une éducation aux droits humains qui a touché plus de 80 000 élèves (présenté à l'atelier de Rabat, mars 2023).",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "Chapitre 1 : Préparation (aucune ville n'est à l'abri, l'évolution de la menace, votre mandat)",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos connaissances",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "multiple",
                                            "prompt": "Parmi ces leviers, lesquels la plupart des municipalités peuvent-elles utiliser pour la prévention ?",
                                            "options": [
                                                {
                                                    "text": "Offrir des services équitables et accessibles, comme des maisons des jeunes ou des programmes scolaires",
                                                    "correct": True,
                                                    "feedback": "Exact. Les services sont le levier le plus quotidien de la ville : ils montrent aux habitants qu'ils ont leur place et ouvrent de vraies perspectives aux jeunes.",
                                                },
                                                {
                                                    "text": "Réunir écoles, société civile, responsables religieux et police autour d'une même table",
                                                    "correct": True,
                                                    "feedback": "Exact. La capacité de rassembler est un pouvoir que les maires sous-utilisent souvent, alors que peu d'autres acteurs peuvent réunir tous ces partenaires.",
                                                },
                                                {
                                                    "text": "Arrêter et poursuivre des suspects",
                                                    "correct": False,
                                                    "feedback": "Ce n'est pas un levier municipal. L'arrestation et les poursuites relèvent de la police nationale et de la justice ; le rôle de la ville est d'agir en amont et de se coordonner avec elles.",
                                                },
                                                {
                                                    "text": "Prendre la parole publiquement pour apaiser les tensions ou démentir une rumeur",
                                                    "correct": True,
                                                    "feedback": "Exact. Les élus locaux sont des voix de confiance, et une communication rapide est l'un de leurs outils les plus puissants.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "La prévention est l'affaire des seuls services de sécurité nationaux ; une municipalité n'a pas de véritable rôle tant qu'aucun attentat n'a eu lieu.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Pas tout à fait. Attendre un incident, c'est devoir y faire face sans relations ni informations. Les villes agissent en amont, bien avant toute réponse sécuritaire.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Aucune ville n'est à l'abri, et les services, la capacité de rassembler, la communication et les données de la ville contribuent tous à la prévention avant que quoi que ce soit n'arrive.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Après un incident violent, de fausses rumeurs accusant une partie de la population se répandent rapidement sur les réseaux sociaux de votre ville. Quel levier le maire doit-il actionner en premier ?",
                                            "options": [
                                                {
                                                    "text": "La communication : un message public rapide et factuel qui appelle au calme et rejette toute culpabilité collective",
                                                    "correct": True,
                                                    "feedback": "Exact. Un message rapide et factuel d'un élu local de confiance peut empêcher une rumeur de dégénérer en représailles.",
                                                },
                                                {
                                                    "text": "Les données : commander une étude sur le quartier et attendre ses résultats",
                                                    "correct": False,
                                                    "feedback": "Les données comptent, mais une étude prend des mois. Dans les premières heures, la priorité est un message public clair.",
                                                },
                                                {
                                                    "text": "Les services : fermer la maison des jeunes du secteur jusqu'au retour au calme",
                                                    "correct": False,
                                                    "feedback": "Fermer des services laisse entendre que toute une partie de la population est suspecte, et supprime un lieu sûr au moment où les habitants en ont le plus besoin.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 2: drivers of extremism and the evidence
        # ------------------------------------------------------------------
        {
            "slug": "drivers-and-evidence",
            "estimated_minutes": 13,
            "source": {
                "guidebook": "undp-journey-to-extremism",
                "chapter": {
                    "ar": "«رحلة إلى التطرف في أفريقيا» (2017) ومتابعتها عام 2023",
                    "en": "Journey to Extremism in Africa (2017) and its 2023 follow-up",
                    "fr": "Journey to Extremism in Africa (2017) et son suivi de 2023",
                },
                "url": "",
            },
            "ar": {
                "title": "دوافع التطرف والأدلة",
                "objectives": [
                    "التعرّف على التهديدات التي ذكرتها مدن المنطقة.",
                    "وصف النتيجتين الرئيسيتين لأبحاث برنامج الأمم المتحدة الإنمائي «رحلة إلى التطرف».",
                    "شرح أهمية تقييم الاحتياجات وتقييم النتائج على مستوى المدينة.",
                ],
            },
            "en": {
                "title": "Drivers of extremism and the evidence",
                "objectives": [
                    "Recognise the threats named by cities in the region.",
                    "Describe the two main findings of UNDP's Journey to Extremism research.",
                    "Explain why city-level needs assessments and evaluation matter.",
                ],
            },
            "fr": {
                "title": "Les facteurs de l'extrémisme et les données probantes",
                "objectives": [
                    "Reconnaître les menaces citées par les villes de la région.",
                    "Décrire les deux principaux constats des travaux du PNUD Journey to Extremism.",
                    "Expliquer pourquoi l'évaluation des besoins et l'évaluation des résultats à l'échelle de la ville sont importantes.",
                ],
            },
            "lessons": [
                # Lesson 2.1
                {
                    "slug": "threats-and-drivers",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "ما الذي يدفع نحو التطرف: التهديدات والأدلة",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>وصف المشاركون في ورشة الرباط (مارس 2023) التهديدات التي تواجهها مدنهم، وجاءت القائمة واسعة:</p><ul><li>النزاعات الممتدة؛</li><li>بطالة الشباب؛</li><li>انتهاكات الحقوق التي تُرتكب باسم مكافحة الإرهاب؛</li><li>انعدام الأمن الغذائي وشحّ الموارد؛</li><li>النزوح والهجرة؛</li><li>المقاتلون الإرهابيون الأجانب وأسرهم، ومنهم المقيمون في المخيمات في شمال شرق سوريا؛</li><li>التضليل والدعاية عبر الإنترنت؛</li><li>المناطق الريفية والحدودية المهمَّشة.</li></ul><p>بعض هذه التهديدات فقط ذو طابع أمني؛ أما معظمها فيتعلق بالفرص والعدالة وطريقة معاملة الناس، وهنا بالتحديد يأتي دور الإدارة المحلية.</p>",
                            },
                            {"type": "heading", "value": "ماذا تقول الأبحاث"},
                            {
                                "type": "rich_text",
                                "value": "<p>سألت دراسة برنامج الأمم المتحدة الإنمائي «رحلة إلى التطرف في أفريقيا» (2017)، ومتابعتُها عام 2023 التي شملت أكثر من ألفي مشارك في ثمانية بلدان، أشخاصًا من بينهم منضمّون سابقون إلى جماعات متطرفة عنيفة عن المسار الذي سلكوه. ومن نتائجها أمران يهمّان المدن:</p><ul><li><strong>الدوافع الاجتماعية والاقتصادية:</strong> البطالة والفقر وضعف الخدمات والشعور بالإقصاء تولّد إحباطًا يستغله المجنِّدون.</li><li><strong>تصرفات الدولة بوصفها نقطة تحوّل:</strong> جاءت الدفعة الأخيرة لدى كثيرين من تجربة مع الدولة، كالتعرض لانتهاك أو ظلم على يد السلطات. فطريقة تعامل المؤسسات العامة مع الناس قد تُبعدهم أو تقرّبهم.</li></ul><p>لم تُجرَ هذه الأبحاث في مدينتك، لذا تعامل مع نتائجها بوصفها أسئلة ينبغي اختبارها محليًا، لا إجابات جاهزة.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "الدوافع ليست تنبؤات",
                                    "text": "<p>معظم الشباب العاطلين عن العمل أو الغاضبين لا يلجؤون إلى العنف أبدًا. واستخدام هذه الدوافع لوصم حيّ أو فئة بأنها «معرّضة للخطر» يسيء إلى السكان، وقد يتحول هو نفسه إلى مظلمة جديدة.</p>",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "تختلف أهمية التهديدات نفسها بحسب وضع مدينتك.",
                                    "stable": "<p>ركّز على الدوافع طويلة الأمد: بطالة الشباب، والإقصاء، والتضليل عبر الإنترنت، وضغوط مثل تغيّر المناخ. واستثمر في خدمات شاملة وفي بناء العلاقات قبل وقوع أي أزمة.</p>",
                                    "fragile": "<p>كثيرًا ما يأتي الأمن الجسدي المباشر أولًا. ومع ذلك تستطيع المدينة أن تُبقي الخدمات الأساسية قائمة، وأن تحمي الفضاءات العامة، وأن تضمن معاملة عادلة للنازحين وللمجتمعات المضيفة على حد سواء.</p>",
                                    "post_conflict": "<p>قد تكون الثقة بالدولة قد تصدّعت، وقد يعود إلى المدينة مقاتلون سابقون وأسرهم وعائدون آخرون. وهنا تصبح المعاملة العادلة من المؤسسات المحلية ودعم إعادة الإدماج أمرين محوريين.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "بحسب أبحاث برنامج الأمم المتحدة الإنمائي «رحلة إلى التطرف»، ما الذي شكّل في كثير من الأحيان نقطة التحوّل الأخيرة؟",
                                            "options": [
                                                {
                                                    "text": "تجربة مع سلطات الدولة، كالتعرض لانتهاك أو ظلم",
                                                    "correct": True,
                                                    "feedback": "صحيح. تحدد الأبحاث تصرفات الدولة نقطةَ تحوّل، ولهذا تهمّ المعاملة العادلة والمحترمة من كل مؤسسة عامة، بما فيها البلدية.",
                                                },
                                                {
                                                    "text": "المحتوى الرقمي وحده",
                                                    "correct": False,
                                                    "feedback": "للدعاية عبر الإنترنت دور، لكن الأبحاث تُبرز الدوافع الاجتماعية والاقتصادية وتصرفات الدولة، لا المحتوى الرقمي وحده.",
                                                },
                                                {
                                                    "text": "التعليم الديني",
                                                    "correct": False,
                                                    "feedback": "ليس هذا من نتائج الدراسة. وتحميل التعليم الديني المسؤولية قد يَصِم مجتمعات بأكملها ويصرف الانتباه عن الدوافع الحقيقية.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيٌّ من التهديدات التالية ذكرها المشاركون في ورشة الرباط؟",
                                            "options": [
                                                {
                                                    "text": "بطالة الشباب",
                                                    "correct": True,
                                                    "feedback": "صحيح. ذُكرت بطالة الشباب، وهي أيضًا من الدوافع الاجتماعية والاقتصادية التي تبرزها الأبحاث.",
                                                },
                                                {
                                                    "text": "التضليل والدعاية عبر الإنترنت",
                                                    "correct": True,
                                                    "feedback": "صحيح. ذكرها المشاركون، ويستطيع القادة المحليون، بوصفهم أصواتًا موثوقة، أن يسهموا في مواجهتها.",
                                                },
                                                {
                                                    "text": "المناطق الريفية والحدودية المهمَّشة",
                                                    "correct": True,
                                                    "feedback": "صحيح. ولهذا دعا المشاركون إلى تقييمات للاحتياجات تصل إلى القرى الحدودية النائية، لا إلى العواصم وحدها.",
                                                },
                                                {
                                                    "text": "كثرة منظمات المجتمع المدني الناشطة",
                                                    "correct": False,
                                                    "feedback": "لم يُذكر ذلك. رأى المشاركون في المجتمع المدني شريكًا في الوقاية لا تهديدًا.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "يمكن تطبيق نتائج أبحاث مثل دراسة برنامج الأمم المتحدة الإنمائي على أي مدينة في المنطقة دون التحقق من الظروف المحلية.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "ليس تمامًا. النتائج تطرح أسئلة مفيدة، لكن الدوافع تختلف من مدينة إلى أخرى، وتقييم الاحتياجات المحلي هو ما يبيّن أيها ينطبق على مدينتك.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. استخدم الأبحاث دليلًا لما ينبغي البحث عنه، ثم اختبرها في ضوء الأدلة المحلية.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "What drives extremism: threats and evidence",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Participants at the Rabat workshop (March 2023) described the threats their cities face. The list is broad:</p><ul><li>protracted conflict;</li><li>youth unemployment;</li><li>rights abuses committed in the name of counter-terrorism;</li><li>food and resource insecurity;</li><li>displacement and migration;</li><li>foreign terrorist fighters and their families, including those in camps in north-east Syria;</li><li>online disinformation and propaganda;</li><li>neglected rural and border areas.</li></ul><p>Only some of these are security issues. Most are about opportunity, fairness and how people are treated, and that is exactly where local government has a role.</p>",
                            },
                            {"type": "heading", "value": "What the research says"},
                            {
                                "type": "rich_text",
                                "value": "<p>UNDP's <em>Journey to Extremism in Africa</em> (2017), and its 2023 follow-up with more than 2,000 respondents in eight countries, asked people, including former members of violent extremist groups, about the path they took. Two findings matter for cities:</p><ul><li><strong>Socio-economic drivers.</strong> Unemployment, poverty, poor services and a sense of exclusion create frustration that recruiters exploit.</li><li><strong>State action as a tipping point.</strong> For many, the final push came from an experience with the state, such as abuse or injustice by the authorities. How public institutions treat people can push them away or hold them close.</li></ul><p>This research was not carried out in your city, so treat its findings as questions to test locally, not as ready-made answers.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Drivers are not predictors",
                                    "text": "<p>Most young people who are unemployed or angry never turn to violence. Using these drivers to label a neighbourhood or a group as “at risk” stigmatises residents and can itself become a new grievance.</p>",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "The same threats weigh differently depending on your city's situation.",
                                    "stable": "<p>Focus on long-term drivers: youth unemployment, exclusion, online disinformation and pressures such as climate change. Invest in inclusive services and in relationships before any crisis.</p>",
                                    "fragile": "<p>Immediate physical security often comes first. Even so, the city can keep basic services running, protect public spaces, and make sure that displaced people and host communities alike are treated fairly.</p>",
                                    "post_conflict": "<p>Trust in the state may be broken, and former fighters, their families and other returnees may come back to the city. Fair treatment by local institutions and support for reintegration become central.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "According to UNDP's Journey to Extremism research, what often acted as the final tipping point?",
                                            "options": [
                                                {
                                                    "text": "An experience with state authorities, such as abuse or injustice",
                                                    "correct": True,
                                                    "feedback": "Correct. The research identifies state action as a tipping point, which is why fair and respectful treatment by every public institution, including the municipality, matters.",
                                                },
                                                {
                                                    "text": "Online content on its own",
                                                    "correct": False,
                                                    "feedback": "Online propaganda plays a part, but the research highlights socio-economic drivers and state action, not online content on its own.",
                                                },
                                                {
                                                    "text": "Religious education",
                                                    "correct": False,
                                                    "feedback": "This is not one of the study's findings. Blaming religious education can stigmatise whole communities and distract from the real drivers.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these threats did participants name at the Rabat workshop?",
                                            "options": [
                                                {
                                                    "text": "Youth unemployment",
                                                    "correct": True,
                                                    "feedback": "Correct. Youth unemployment was named, and it is also one of the socio-economic drivers the research highlights.",
                                                },
                                                {
                                                    "text": "Online disinformation and propaganda",
                                                    "correct": True,
                                                    "feedback": "Correct. Participants named it, and local leaders, as trusted voices, can help counter it.",
                                                },
                                                {
                                                    "text": "Neglected rural and border areas",
                                                    "correct": True,
                                                    "feedback": "Correct. That is why participants called for needs assessments that reach remote border villages, not only capitals.",
                                                },
                                                {
                                                    "text": "Too many active civil-society organisations",
                                                    "correct": False,
                                                    "feedback": "Not named. Participants saw civil society as a partner in prevention, not a threat.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Findings from research such as UNDP's can be applied to any city in the region without checking local conditions.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Not quite. The findings raise useful questions, but drivers vary from city to city. A local needs assessment tells you which ones apply to yours.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. Use research as a guide to what to look for, then test it against local evidence.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Ce qui alimente l'extrémisme : menaces et données",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Lors de l'atelier de Rabat (mars 2023), les participants ont décrit les menaces auxquelles leurs villes font face. La liste est large :</p><ul><li>les conflits prolongés ;</li><li>le chômage des jeunes ;</li><li>les atteintes aux droits commises au nom de la lutte antiterroriste ;</li><li>l'insécurité alimentaire et la raréfaction des ressources ;</li><li>les déplacements de population et les migrations ;</li><li>les combattants terroristes étrangers et leurs familles, notamment dans les camps du nord-est de la Syrie ;</li><li>la désinformation et la propagande en ligne ;</li><li>les zones rurales et frontalières délaissées.</li></ul><p>Seules certaines de ces menaces relèvent de la sécurité. La plupart touchent aux perspectives, à l'équité et à la manière dont les gens sont traités : c'est précisément là que la collectivité locale a un rôle à jouer.</p>",
                            },
                            {"type": "heading", "value": "Ce que dit la recherche"},
                            {
                                "type": "rich_text",
                                "value": "<p>L'étude du PNUD <em>Journey to Extremism in Africa</em> (2017) et son suivi de 2023, mené auprès de plus de 2 000 personnes dans huit pays, ont interrogé des personnes, dont d'anciens membres de groupes extrémistes violents, sur leur parcours. Deux constats concernent directement les villes :</p><ul><li><strong>Les facteurs socio-économiques.</strong> Le chômage, la pauvreté, la faiblesse des services et le sentiment d'exclusion nourrissent une frustration que les recruteurs exploitent.</li><li><strong>L'action de l'État comme point de bascule.</strong> Pour beaucoup, l'ultime déclic est venu d'une expérience avec l'État, comme un abus ou une injustice commis par les autorités. La manière dont les institutions publiques traitent les gens peut les éloigner ou les retenir.</li></ul><p>Ces travaux n'ont pas été menés dans votre ville : considérez leurs résultats comme des pistes à vérifier localement, non comme des réponses toutes faites.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Des facteurs, pas des prédictions",
                                    "text": "<p>La plupart des jeunes au chômage ou en colère ne basculent jamais dans la violence. Se servir de ces facteurs pour désigner un quartier ou un groupe comme « à risque » stigmatise les habitants et peut devenir à son tour une nouvelle source de griefs.</p>",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "Les mêmes menaces ne pèsent pas de la même façon selon la situation de votre ville.",
                                    "stable": "<p>Concentrez-vous sur les facteurs de long terme : chômage des jeunes, exclusion, désinformation en ligne et pressions comme le changement climatique. Investissez dans des services inclusifs et dans les relations avant toute crise.</p>",
                                    "fragile": "<p>La sécurité physique immédiate passe souvent en premier. La ville peut néanmoins maintenir les services essentiels, protéger les espaces publics et veiller à ce que les personnes déplacées comme les communautés d'accueil soient traitées équitablement.</p>",
                                    "post_conflict": "<p>La confiance envers l'État peut être brisée, et d'anciens combattants, leurs familles et d'autres personnes rapatriées peuvent revenir en ville. Un traitement équitable par les institutions locales et l'appui à la réintégration deviennent essentiels.</p>",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos connaissances",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Selon les travaux du PNUD Journey to Extremism, qu'est-ce qui a souvent constitué le point de bascule final ?",
                                            "options": [
                                                {
                                                    "text": "Une expérience avec les autorités de l'État, comme un abus ou une injustice",
                                                    "correct": True,
                                                    "feedback": "Exact. La recherche identifie l'action de l'État comme un point de bascule : d'où l'importance d'un traitement juste et respectueux par chaque institution publique, y compris la municipalité.",
                                                },
                                                {
                                                    "text": "Les contenus en ligne, à eux seuls",
                                                    "correct": False,
                                                    "feedback": "La propagande en ligne joue un rôle, mais la recherche met en avant les facteurs socio-économiques et l'action de l'État, pas les contenus en ligne à eux seuls.",
                                                },
                                                {
                                                    "text": "L'enseignement religieux",
                                                    "correct": False,
                                                    "feedback": "Ce n'est pas l'un des constats de l'étude. En faire la cause peut stigmatiser des communautés entières et détourner l'attention des vrais facteurs.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Parmi ces menaces, lesquelles les participants ont-ils citées à l'atelier de Rabat ?",
                                            "options": [
                                                {
                                                    "text": "Le chômage des jeunes",
                                                    "correct": True,
                                                    "feedback": "Exact. Il a été cité, et il fait aussi partie des facteurs socio-économiques mis en avant par la recherche.",
                                                },
                                                {
                                                    "text": "La désinformation et la propagande en ligne",
                                                    "correct": True,
                                                    "feedback": "Exact. Les participants l'ont citée, et les élus locaux, en tant que voix de confiance, peuvent aider à la contrer.",
                                                },
                                                {
                                                    "text": "Les zones rurales et frontalières délaissées",
                                                    "correct": True,
                                                    "feedback": "Exact. C'est pourquoi les participants ont demandé des évaluations des besoins qui aillent jusqu'aux villages frontaliers isolés, et pas seulement dans les capitales.",
                                                },
                                                {
                                                    "text": "Le trop grand nombre d'associations actives",
                                                    "correct": False,
                                                    "feedback": "Non cité. Les participants voient la société civile comme un partenaire de la prévention, pas comme une menace.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Les résultats d'une étude comme celle du PNUD peuvent s'appliquer à n'importe quelle ville de la région sans vérifier le contexte local.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Pas tout à fait. Ces résultats soulèvent des questions utiles, mais les facteurs varient d'une ville à l'autre. C'est une évaluation locale des besoins qui montre lesquels s'appliquent chez vous.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Servez-vous de la recherche pour savoir quoi chercher, puis confrontez-la aux données locales.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                # Lesson 2.2
                {
                    "slug": "why-local-evidence-matters",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "لماذا تهمّ الأدلة على مستوى المدينة",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>في ورشة الرباط طلب المسؤولون أمرين يسهل إغفالهما: <strong>بيانات لتقييم التهديدات والاحتياجات على مستوى المدينة</strong>، و<strong>إطارًا للتقييم</strong> يوفّر للمدن قاعدة من الأدلة. ومن الخطوات التالية التي اتُّفق عليها إجراء تقييمات للاحتياجات خاصة بكل مدينة، من العواصم حتى القرى الحدودية النائية.</p><p>لماذا يهمّ ذلك؟ لأن الإحصاءات الوطنية تُخفي الفوارق المحلية، وقد يواجه حيّان في المدينة نفسها مشكلات مختلفة تمامًا. ومن دون أدلة محلية، قد تنفق المدينة مواردها على أنشطة غير مناسبة، في أماكن غير مناسبة، لفئات غير معنية، ولن تستطيع أن تُثبت لشركائها أو مموّليها ما الذي تغيّر.</p><h3>على ماذا يستند تقييم الاحتياجات؟</h3><ul><li><strong>ما يفكّر فيه الناس:</strong> استطلاعات الرأي ومجموعات النقاش المركّزة مع السكان، ومنهم الشباب والنساء والأقليات. ويعتمد نموذج «المدن الشابة» (Young Cities) هذه الأدوات إلى جانب تحليل وسائل التواصل الاجتماعي.</li><li><strong>ما تعرفه المدينة أصلًا:</strong> بيانات استخدام الخدمات، والشكاوى، وأرقام التسرب المدرسي أو البطالة المتوفرة لدى الشركاء.</li><li><strong>من ينشط فعلًا:</strong> خريطة للمنظمات والخدمات والشبكات العاملة في كل منطقة.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "المسح ورسم الخرائط",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "البدء على نطاق صغير",
                                    "text": "<p>لا حاجة إلى دراسة ضخمة للبدء: يكفي اختيار حيّ واحد، وتنظيم مجموعتَي نقاش (إحداهما مع الشباب)، ومقارنة ما يُقال فيهما بالبيانات المتوفرة لدى إدارات البلدية. ثم يأتي تحديد ما سيُنفَّذ، وما الذي سيُقاس.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "قبل إطلاق أي نشاط وقائي",
                                    "items": [
                                        "نعرف المشكلة المحلية التي يعالجها النشاط، والأدلة التي تثبتها.",
                                        "استشرنا المعنيين بالأمر، ومنهم الشباب والنساء.",
                                        "تحققنا ممن يعمل أصلًا على هذه المسألة.",
                                        "حددنا مؤشرًا أو مؤشرين لقياس المخرجات والنتائج.",
                                        "نحمي البيانات الشخصية، ولا نَصِم أفرادًا أو أحياء.",
                                        "سنشارك النتائج مع السكان والشركاء.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Why city-level evidence matters",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>At the Rabat workshop, officials asked for two things that are easy to overlook: <strong>data for city-level threat and needs assessments</strong>, and an <strong>evaluation framework</strong> that gives cities an evidence base. One of the next steps agreed was to carry out city-specific needs assessments, from capitals to remote border villages.</p><p>Why does this matter? National statistics hide local differences, and two neighbourhoods in the same city can face very different problems. Without local evidence, a city risks spending on the wrong activities, in the wrong places, for the wrong people, and it cannot show partners or funders what has changed.</p><h3>What a needs assessment can draw on</h3><ul><li><strong>What people think:</strong> perception surveys and focus groups with residents, including young people, women and minorities. The Young Cities model uses these tools, together with social-media analysis.</li><li><strong>What the city already knows:</strong> service use, complaints, and school drop-out or unemployment figures held by partners.</li><li><strong>Who is already active:</strong> a map of the organisations, services and networks working in each area.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "Mapping",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Start small",
                                    "text": "<p>You do not need a large study to begin. Pick one neighbourhood, hold two focus groups (one of them with young people), and compare what you hear with the data your departments already hold. Then decide what to do, and what you will measure.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Before you launch a prevention activity",
                                    "items": [
                                        "We know which local problem it addresses, and what evidence shows it.",
                                        "We asked the people concerned, including young people and women.",
                                        "We checked who is already working on it.",
                                        "We defined one or two indicators for outputs and outcomes.",
                                        "We protect personal data and do not label individuals or neighbourhoods.",
                                        "We will share the results with residents and partners.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Pourquoi les données à l'échelle de la ville comptent",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>À l'atelier de Rabat, les responsables ont demandé deux choses qu'on oublie facilement : <strong>des données pour évaluer les menaces et les besoins à l'échelle de la ville</strong>, et <strong>un cadre d'évaluation</strong> qui donne aux villes une base factuelle. Parmi les prochaines étapes retenues figurent des évaluations des besoins propres à chaque ville, des capitales jusqu'aux villages frontaliers isolés.</p><p>Pourquoi est-ce important ? Les statistiques nationales masquent les différences locales, et deux quartiers d'une même ville peuvent connaître des problèmes très différents. Sans données locales, une ville risque de financer les mauvaises activités, aux mauvais endroits, pour les mauvais publics, et elle ne peut pas montrer à ses partenaires ou à ses bailleurs ce qui a changé.</p><h3>Sur quoi s'appuie une évaluation des besoins</h3><ul><li><strong>Ce que pensent les gens :</strong> enquêtes de perception et groupes de discussion avec les habitants, dont les jeunes, les femmes et les minorités. Le modèle Young Cities utilise ces outils, ainsi que l'analyse des réseaux sociaux.</li><li><strong>Ce que la ville sait déjà :</strong> fréquentation des services, réclamations, chiffres du décrochage scolaire ou du chômage détenus par des partenaires.</li><li><strong>Qui agit déjà :</strong> une cartographie des organisations, services et réseaux présents dans chaque secteur.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-cities",
                                    "chapter": "Cartographie",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-cities/",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Commencer petit",
                                    "text": "<p>Nul besoin d'une vaste étude pour commencer. Choisissez un quartier, organisez deux groupes de discussion (dont un avec des jeunes) et comparez ce que vous entendez avec les données dont disposent déjà vos services. Décidez ensuite quoi faire, et ce que vous allez mesurer.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Avant de lancer une action de prévention",
                                    "items": [
                                        "Nous savons à quel problème local elle répond, et sur quelles données cela repose.",
                                        "Nous avons consulté les personnes concernées, dont des jeunes et des femmes.",
                                        "Nous avons vérifié qui travaille déjà sur ce sujet.",
                                        "Nous avons défini un ou deux indicateurs de réalisation et de résultat.",
                                        "Nous protégeons les données personnelles et ne stigmatisons ni personnes ni quartiers.",
                                        "Nous partagerons les résultats avec les habitants et les partenaires.",
                                    ],
                                },
                            },
                        ],
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        # Module 3: national–local cooperation basics
        # ------------------------------------------------------------------
        {
            "slug": "national-local-cooperation",
            "estimated_minutes": 12,
            "source": {
                "guidebook": "gctf-nlc",
                "chapter": {
                    "ar": "مذكرة المنتدى العالمي لمكافحة الإرهاب للممارسات الجيدة بشأن التعاون بين المستويين الوطني والمحلي (2020) ومجموعة الأدوات (2023)",
                    "en": "GCTF Good Practices Memorandum on National–Local Cooperation in P/CVE (2020) and NLC Toolkit (2023)",
                    "fr": "Mémorandum de bonnes pratiques du GCTF sur la coopération nationale-locale (2020) et boîte à outils NLC (2023)",
                },
                "url": "",
            },
            "ar": {
                "title": "أساسيات التعاون بين المستويين الوطني والمحلي",
                "objectives": [
                    "تعريف التعاون بين المستويين الوطني والمحلي، ودور كل مستوى فيه.",
                    "معرفة الوثائق المرجعية الرئيسية في هذا المجال.",
                    "تكييف هذا التعاون مع سياق مستقر أو هشّ أو خارج من نزاع.",
                ],
            },
            "en": {
                "title": "National–local cooperation basics",
                "objectives": [
                    "Define national–local cooperation and the role of each level.",
                    "Find the main reference documents on the subject.",
                    "Adapt national–local cooperation to a stable, fragile or post-conflict setting.",
                ],
            },
            "fr": {
                "title": "Les bases de la coopération nationale-locale",
                "objectives": [
                    "Définir la coopération nationale-locale et le rôle de chaque niveau.",
                    "Repérer les principaux documents de référence sur le sujet.",
                    "Adapter cette coopération à un contexte stable, fragile ou post-conflit.",
                ],
            },
            "lessons": [
                # Lesson 3.1
                {
                    "slug": "what-is-nlc",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "ما المقصود بالتعاون بين المستويين الوطني والمحلي؟",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>لا تستطيع أي مدينة أن تمنع التطرف العنيف وحدها، ولا تستطيع أي حكومة وطنية أن تفعل ذلك دون المدن. ويعني <strong>التعاون بين المستويين الوطني والمحلي</strong> (ويُختصر بالإنجليزية NLC) أن يعمل المستويان معًا بأدوار واضحة: فالسلطات الوطنية تملك الاستراتيجية والتشريع والأمن وجزءًا كبيرًا من التمويل، والإدارات المحلية تملك القرب من الناس والخدمات وثقة السكان.</p><p>كان التعاون المستدام بين المستويين ثالثَ الاحتياجات ذات الأولوية التي حُدِّدت في ورشة الرباط. كما طالب المشاركون بآليات تعاون بين المستويين من أجل إعادة تأهيل العائدين وإعادة إدماجهم، وهي مهمة لا يستطيع أي مستوى أن ينهض بها وحده.</p><p>وفي الممارسة، يعني التعاون الجيد عادةً أن تُستشار المدن عند إعداد الاستراتيجيات الوطنية، وأن تكون المسؤوليات وتمويل العمل المحلي واضحة، وأن تتدفق المعلومات في الاتجاهين ضمن حدود القانون، وأن توجد قناة تنسيق منتظمة لا تقتصر على الاتصال في أوقات الأزمات.</p>",
                            },
                            {"type": "heading", "value": "وثيقتان مرجعيتان"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li>تتضمن <strong>مذكرة الممارسات الجيدة بشأن التعاون بين المستويين الوطني والمحلي في منع التطرف العنيف ومكافحته</strong>، الصادرة عن المنتدى العالمي لمكافحة الإرهاب (GCTF) عام 2020، <strong>13 ممارسة جيدة</strong>.</li><li>أما <strong>مجموعة أدوات التعاون بين المستويين الوطني والمحلي</strong> (2023) فتحوّل هذه الممارسات إلى تطبيق عملي، من خلال <strong>ستّ ركائز</strong> وأكثر من <strong>60 دراسة حالة</strong> وقائمة مرجعية للتنفيذ، وهي متاحة أيضًا باللغتين العربية والفرنسية.</li></ul><p>ارجع إلى النصوص الأصلية، فهذا المقرر لا يلخّص كل ممارسة على حدة.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "مذكرة الممارسات الجيدة (2020) ومجموعة أدوات التعاون بين المستويين الوطني والمحلي (2023)",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم الخلاصات",
                                    "items": [
                                        "التعاون بين المستويين الوطني والمحلي يعني أن يعمل المستويان معًا بأدوار واضحة.",
                                        "تسهم المدن بالقرب من الناس والخدمات والثقة، وتسهم السلطات الوطنية بالاستراتيجية والأمن والموارد.",
                                        "تتضمن مذكرة المنتدى العالمي لمكافحة الإرهاب (2020) 13 ممارسة جيدة، وتتضمن مجموعة الأدوات (2023) ستّ ركائز وأكثر من 60 دراسة حالة.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "ماذا تتضمن مجموعة أدوات التعاون بين المستويين الوطني والمحلي الصادرة عام 2023؟",
                                            "options": [
                                                {
                                                    "text": "ستّ ركائز، وأكثر من 60 دراسة حالة، وقائمة مرجعية للتنفيذ",
                                                    "correct": True,
                                                    "feedback": "صحيح. تحوّل مجموعة الأدوات مذكرة عام 2020 إلى إرشادات عملية، وهي متاحة أيضًا بالعربية والفرنسية.",
                                                },
                                                {
                                                    "text": "13 قاعدة ملزمة يجب على الحكومات الوطنية تطبيقها",
                                                    "correct": False,
                                                    "feedback": "لا. الممارسات الجيدة الثلاث عشرة واردة في مذكرة عام 2020، وهي ممارسات جيدة لا قواعد ملزمة.",
                                                },
                                                {
                                                    "text": "هيكل نموذجي واحد يجب على كل بلد نسخه",
                                                    "correct": False,
                                                    "feedback": "لا. تُظهر دراسات الحالة العديدة فيها أن هذا التعاون يتخذ أشكالًا مختلفة بحسب البلد والسياق.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "في إطار التعاون بين المستويين الوطني والمحلي، تتولى البلدية المسؤوليات الأمنية بدلًا من الأجهزة الوطنية.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "ليس تمامًا. يبقى الأمن من اختصاص الأجهزة الوطنية. يقوم هذا التعاون على أدوار واضحة: تسهم المدينة بخدماتها وقدرتها على الجمع بين الأطراف ومعرفتها المحلية.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "إجابة صحيحة. لا ينقل هذا التعاون الأمن إلى المدينة، بل يربط بين نقاط القوة لدى كل مستوى.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "What national–local cooperation means",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>No city can prevent violent extremism on its own, and no national government can do it without cities. <strong>National–local cooperation (NLC)</strong> means the two levels working together, with clear roles. National authorities hold strategy, legislation, security and much of the funding. Local governments bring proximity, services and residents' trust.</p><p>Sustainable NLC was the third priority need named at the Rabat workshop. Participants also asked for NLC mechanisms for the rehabilitation and reintegration of returnees, a task that neither level can manage alone.</p><p>In practice, good cooperation usually means that cities are consulted when national strategies are written, that responsibilities and funding for local action are clear, that information flows both ways within the law, and that there is a regular channel for coordination, not just contact during a crisis.</p>",
                            },
                            {"type": "heading", "value": "Two reference documents"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li>The <strong>Global Counterterrorism Forum (GCTF) Good Practices Memorandum on National–Local Cooperation in P/CVE</strong> (2020) sets out <strong>13 good practices</strong>.</li><li>The <strong>NLC Toolkit</strong> (2023) turns them into practice, with <strong>six pillars</strong>, more than <strong>60 case studies</strong> and an implementation checklist. It is also available in Arabic and French.</li></ul><p>Go to the originals: this course does not summarise each practice.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "Good Practices Memorandum (2020) and NLC Toolkit (2023)",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "NLC means the national and local levels working together, with clear roles.",
                                        "Cities bring proximity, services and trust; national authorities bring strategy, security and resources.",
                                        "The GCTF memorandum (2020) has 13 good practices; the NLC Toolkit (2023) has six pillars and more than 60 case studies.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "What does the 2023 NLC Toolkit contain?",
                                            "options": [
                                                {
                                                    "text": "Six pillars, more than 60 case studies and an implementation checklist",
                                                    "correct": True,
                                                    "feedback": "Correct. The toolkit turns the 2020 memorandum into practical guidance, and it is also available in Arabic and French.",
                                                },
                                                {
                                                    "text": "13 binding rules that national governments must apply",
                                                    "correct": False,
                                                    "feedback": "No. The 13 good practices are in the 2020 memorandum, and they are good practices, not binding rules.",
                                                },
                                                {
                                                    "text": "A single model structure that every country must copy",
                                                    "correct": False,
                                                    "feedback": "No. Its many case studies show that NLC takes different forms depending on the country and the context.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "In national–local cooperation, the municipality takes over security responsibilities from national agencies.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Not quite. Security stays with national agencies. NLC rests on clear roles: the city contributes its services, its convening power and its local knowledge.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. NLC does not move security to the city; it connects the strengths of each level.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Qu'est-ce que la coopération nationale-locale ?",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Aucune ville ne peut prévenir seule l'extrémisme violent, et aucun gouvernement national ne peut y parvenir sans les villes. La <strong>coopération entre les niveaux national et local</strong> (NLC, selon le sigle anglais) signifie que les deux échelons travaillent ensemble, avec des rôles clairs. Les autorités nationales détiennent la stratégie, la législation, la sécurité et une grande partie des financements. Les collectivités locales apportent la proximité, les services et la confiance des habitants.</p><p>Une coopération nationale-locale durable était le troisième besoin prioritaire identifié à l'atelier de Rabat. Les participants ont aussi demandé des mécanismes de coopération pour la réhabilitation et la réintégration des personnes rapatriées, une tâche qu'aucun des deux niveaux ne peut assumer seul.</p><p>Dans la pratique, une bonne coopération suppose généralement que les villes soient consultées lors de l'élaboration des stratégies nationales, que les responsabilités et le financement de l'action locale soient clairs, que l'information circule dans les deux sens dans le respect de la loi, et qu'il existe un canal de coordination régulier, pas seulement des contacts en temps de crise.</p>",
                            },
                            {"type": "heading", "value": "Deux documents de référence"},
                            {
                                "type": "rich_text",
                                "value": "<ul><li>Le <strong>mémorandum de bonnes pratiques du Forum mondial de lutte contre le terrorisme (GCTF) sur la coopération nationale-locale en matière de prévention et de lutte contre l'extrémisme violent</strong> (2020) présente <strong>13 bonnes pratiques</strong>.</li><li>La <strong>boîte à outils NLC</strong> (2023) les traduit en pratique : <strong>six piliers</strong>, plus de <strong>60 études de cas</strong> et une liste de contrôle pour la mise en œuvre. Elle existe aussi en arabe et en français.</li></ul><p>Reportez-vous aux documents originaux : ce cours ne résume pas chaque pratique.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "Mémorandum de bonnes pratiques (2020) et boîte à outils NLC (2023)",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "La coopération nationale-locale, c'est le travail conjoint des deux niveaux, avec des rôles clairs.",
                                        "Les villes apportent la proximité, les services et la confiance ; les autorités nationales, la stratégie, la sécurité et les ressources.",
                                        "Le mémorandum du GCTF (2020) compte 13 bonnes pratiques ; la boîte à outils NLC (2023), six piliers et plus de 60 études de cas.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos connaissances",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Que contient la boîte à outils NLC de 2023 ?",
                                            "options": [
                                                {
                                                    "text": "Six piliers, plus de 60 études de cas et une liste de contrôle pour la mise en œuvre",
                                                    "correct": True,
                                                    "feedback": "Exact. La boîte à outils traduit le mémorandum de 2020 en conseils pratiques ; elle existe aussi en arabe et en français.",
                                                },
                                                {
                                                    "text": "13 règles contraignantes que les gouvernements nationaux doivent appliquer",
                                                    "correct": False,
                                                    "feedback": "Non. Les 13 bonnes pratiques figurent dans le mémorandum de 2020, et ce sont des bonnes pratiques, pas des règles contraignantes.",
                                                },
                                                {
                                                    "text": "Un modèle unique que chaque pays doit reproduire",
                                                    "correct": False,
                                                    "feedback": "Non. Ses nombreuses études de cas montrent que la coopération nationale-locale prend des formes différentes selon le pays et le contexte.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Dans la coopération nationale-locale, la municipalité reprend les responsabilités de sécurité des services nationaux.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Pas tout à fait. La sécurité reste du ressort des services nationaux. Cette coopération repose sur des rôles clairs : la ville apporte ses services, sa capacité de rassembler et sa connaissance du terrain.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Cette coopération ne transfère pas la sécurité à la ville : elle relie les atouts de chaque niveau.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                },
                # Lesson 3.2
                {
                    "slug": "nlc-in-practice",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "التعاون بين المستويين في الممارسة: العراق والسياقات المختلفة",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>كيف يبدو التعاون بين المستويين الوطني والمحلي على أرض الواقع؟ يقدّم العراق مثالًا عُرض في ورشة الرباط في مارس 2023.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "لجان فرعية محلية للوقاية في المحافظات تنفّذ الاستراتيجية الوطنية لمكافحة التطرف العنيف.",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<p>أربع سمات تجعل هذا المثال جديرًا بالدراسة:</p><ul><li><strong>هيكل:</strong> لجان فرعية في المحافظات ترتبط بلجنة وطنية.</li><li><strong>ميزانية:</strong> بند مخصص في موازنة عام 2023.</li><li><strong>تقارير:</strong> تقارير ربع سنوية ترفعها اللجان الفرعية إلى اللجنة الوطنية.</li><li><strong>زخم:</strong> بدأت سبع لجان على الأقل عملها في مارس 2023.</li></ul><p>وللتمويل أهمية حاسمة. ففي طرابلس بلبنان، ساعد برنامج مشترك بين البلدية والمجتمع المدني أحداثًا سبق احتجازهم على الحصول على عمل، لكن استدامته تأثرت حين انتهى التمويل. ووجود قناة مستقرة مع الشركاء الوطنيين قد يساعد المبادرات المحلية على الاستمرار.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "مبادرة محلية احتاجت إلى تمويل دائم: إعادة الإدماج من خلال فرص العمل.",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "يتخذ التعاون بين المستويين أشكالًا مختلفة بحسب وضع البلد والمدينة.",
                                    "stable": "<p>المؤسسات تعمل، والأدوار واضحة نسبيًا. يمكن أن يركّز التعاون على إشراك المدن في إعداد الاستراتيجيات الوطنية، وتبادل البيانات، والتمويل المشترك للوقاية طويلة الأمد، مثل برامج تشغيل الشباب أو الإدماج الاجتماعي.</p>",
                                    "fragile": "<p>قد تكون السلطة المركزية ضعيفة أو موضع نزاع، ويكون الأمن هو الأولوية. ابدأ بقنوات بسيطة وعملية: جهة اتصال محددة لدى كل طرف، واجتماعات منتظمة، واتفاق على توزيع المهام في حالات الطوارئ. وكثيرًا ما تعتمد المدن على المجتمع المدني والشركاء الدوليين لسدّ الثغرات.</p>",
                                    "post_conflict": "<p>تصبح إعادة بناء الثقة بين السكان والدولة أمرًا محوريًا. وتتطلب إعادة تأهيل العائدين وأسر المقاتلين السابقين وإعادة إدماجهم تنسيقًا وثيقًا: تتولى الجهات الوطنية الجوانب القانونية والأمنية، بينما تدعم المدينة والمجتمع المدني السكن والتعليم والعمل وتقبّل المجتمع المحلي لهم.</p>",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "من هو نظير مدينتك على المستوى الوطني في مجال الوقاية؟ دوّن قناة قائمة بالفعل (لجنة، أو جهة اتصال، أو اجتماع دوري)، وخطوة واحدة يمكنك اتخاذها خلال الأشهر الثلاثة المقبلة لجعلها أكثر انتظامًا أو فائدة."
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "NLC in practice: Iraq and different contexts",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>What does national–local cooperation look like on the ground? Iraq offers one example, reported at the Rabat workshop in March 2023.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "Local prevention sub-committees in the governorates implement the national CVE strategy.",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<p>Four features make this example worth studying:</p><ul><li><strong>A structure:</strong> sub-committees in the governorates, linked to a national committee.</li><li><strong>A budget:</strong> a dedicated budget line in 2023.</li><li><strong>Reporting:</strong> quarterly reports from the sub-committees to the national committee.</li><li><strong>Momentum:</strong> at least seven committees started work in March 2023.</li></ul><p>Funding is decisive. In Tripoli, Lebanon, a programme run by the municipality and civil society helped former juvenile detainees into jobs, but its sustainability suffered when the funding ended. A stable channel with national partners can help local initiatives last.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "A local initiative that needed lasting funding: reintegration through jobs.",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "National–local cooperation takes different forms depending on the situation of the country and the city.",
                                    "stable": "<p>Institutions work and roles are fairly clear. Cooperation can focus on involving cities in national strategies, sharing data and co-funding long-term prevention, such as youth employment or inclusion programmes.</p>",
                                    "fragile": "<p>Central authority may be weak or contested, and security comes first. Start with simple, practical channels: a named contact on each side, regular meetings, and agreement on who does what in an emergency. Cities often rely on civil society and international partners to fill the gaps.</p>",
                                    "post_conflict": "<p>Rebuilding trust between residents and the state becomes central. Rehabilitating and reintegrating returnees and the families of former fighters requires close coordination: national bodies handle the legal and security aspects, while the city and civil society support housing, schooling, jobs and acceptance by the community.</p>",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Who is your city's counterpart at national level for prevention? Write down one channel that already exists (a committee, a focal point, a regular meeting) and one step you could take in the next three months to make it more regular or more useful."
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "La coopération nationale-locale en pratique : l'Irak et la diversité des contextes",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>À quoi ressemble la coopération nationale-locale sur le terrain ? L'Irak en offre un exemple, présenté à l'atelier de Rabat en mars 2023.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "Des sous-comités locaux de prévention, dans les gouvernorats, mettent en œuvre la stratégie nationale de lutte contre l'extrémisme violent.",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<p>Quatre caractéristiques rendent cet exemple instructif :</p><ul><li><strong>Une structure :</strong> des sous-comités dans les gouvernorats, reliés à un comité national.</li><li><strong>Un budget :</strong> une ligne budgétaire dédiée en 2023.</li><li><strong>Des comptes rendus :</strong> des rapports trimestriels des sous-comités au comité national.</li><li><strong>Une dynamique :</strong> au moins sept comités ont démarré leurs travaux en mars 2023.</li></ul><p>Le financement est décisif. À Tripoli, au Liban, un programme porté par la municipalité et la société civile a aidé d'anciens mineurs détenus à trouver un emploi, mais sa pérennité a souffert quand le financement s'est arrêté. Un canal stable avec les partenaires nationaux peut aider les initiatives locales à durer.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "Une initiative locale qui avait besoin d'un financement durable : la réintégration par l'emploi.",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "La coopération nationale-locale prend des formes différentes selon la situation du pays et de la ville.",
                                    "stable": "<p>Les institutions fonctionnent et les rôles sont relativement clairs. La coopération peut porter sur l'association des villes aux stratégies nationales, le partage de données et le cofinancement de la prévention de long terme, par exemple des programmes d'emploi des jeunes ou d'inclusion.</p>",
                                    "fragile": "<p>L'autorité centrale peut être faible ou contestée, et la sécurité passe en premier. Commencez par des canaux simples et concrets : un interlocuteur désigné de chaque côté, des réunions régulières et un accord sur qui fait quoi en cas d'urgence. Les villes s'appuient souvent sur la société civile et les partenaires internationaux pour combler les manques.</p>",
                                    "post_conflict": "<p>Reconstruire la confiance entre les habitants et l'État devient central. La réhabilitation et la réintégration des personnes rapatriées et des familles d'anciens combattants exigent une coordination étroite : les instances nationales gèrent les aspects juridiques et sécuritaires, tandis que la ville et la société civile accompagnent le logement, la scolarité, l'emploi et l'acceptation par la communauté.</p>",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Qui est l'interlocuteur national de votre ville en matière de prévention ? Notez un canal qui existe déjà (un comité, un point focal, une réunion régulière) et une démarche que vous pourriez entreprendre dans les trois prochains mois pour le rendre plus régulier ou plus utile."
                                },
                            },
                        ],
                    },
                },
            ],
        },
    ],
}
