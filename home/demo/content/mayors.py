"""Demo course for the mayors track: "Leading prevention: a course for mayors", in Arabic, English and French. It follows the structure of the Strong Cities Network's A Guide for Mayors (September 2023): preparation, prevention and response, then a self-assessment inspired by the guide's closing reflection questions and a lesson on choosing priorities for stable, fragile and post-conflict cities. The lessons are written in our own words; regional facts come from the SCN MENA hub's Rabat workshop summary (March 2023) and the public sources listed in shared/content/CATALOGUE.md, and are labelled as such."""

COURSE = {
    "slug": "leading-prevention-mayors",
    "track": "mayors",
    "estimated_hours": 1,
    "awards_certificate": True,
    "ar": {
        "title": "قيادة الوقاية: دورة لرؤساء البلديات",
        "audience": "رؤساء البلديات ونوابهم والمسؤولون المنتخبون الذين يحدّدون أولويات مدنهم.",
        "summary": "دورة قصيرة وعملية مبنية على «دليل لرؤساء البلديات» الصادر عن شبكة المدن القوية عام 2023. تتبع الدورة المراحل الثلاث التي يقوم عليها الدليل، وهي الاستعداد والوقاية والاستجابة، وتُختتم بتقييم ذاتي يساعدك على اختيار استراتيجية وقاية تلائم مدينتك وعلى قيادتها.",
        "outcomes": [
            "أن تشرح لماذا لا توجد مدينة محصّنة من الكراهية والتطرف والاستقطاب، وما الذي تتيحه لك صلاحياتك كرئيس بلدية لمواجهتها.",
            "أن تضع أهدافًا واقعية للوقاية، تقوم على هوية حضرية جامعة وتواصل واضح وشركاء محليين قادرين.",
            "أن تُعدّ دور بلديتك في الاستجابة لهجوم أو أزمة بالتنسيق مع الجهات الوطنية، مع حماية الناجين ومنع الأعمال الانتقامية.",
            "أن تقيّم جاهزية مدينتك وتختار أولويات تناسب سياقها، مستقرًا كان أو هشًّا أو خارجًا من نزاع.",
        ],
    },
    "en": {
        "title": "Leading prevention: a course for mayors",
        "audience": "Mayors, deputy mayors and other elected leaders who set their city's priorities.",
        "summary": "A short, practical course built on the Strong Cities Network's A Guide for Mayors (2023). It follows the guide's three stages, preparation, prevention and response, and closes with a self-assessment that helps you choose a prevention strategy that fits your city, and lead it.",
        "outcomes": [
            "Explain why no city is immune to hate, extremism and polarisation, and what your mandate as mayor allows you to do about them.",
            "Set realistic prevention objectives built on an inclusive city identity, clear communication and capable local partners.",
            "Prepare your municipality's role in responding to an attack or crisis alongside national responders, while protecting survivors and preventing retaliation.",
            "Assess your city's readiness and choose priorities that suit a stable, fragile or post-conflict context.",
        ],
    },
    "fr": {
        "title": "Piloter la prévention : un parcours pour les maires",
        "audience": "Maires, adjoints au maire et autres élus qui fixent les priorités de leur ville.",
        "summary": "Un parcours court et concret, fondé sur A Guide for Mayors, publié en 2023 par le Strong Cities Network. Il reprend les trois étapes du guide (préparation, prévention, réponse) et se termine par une auto-évaluation qui vous aide à choisir une stratégie de prévention adaptée à votre ville, puis à la porter.",
        "outcomes": [
            "Expliquer pourquoi aucune ville n'est à l'abri de la haine, de l'extrémisme et de la polarisation, et ce que votre mandat de maire vous permet de faire.",
            "Fixer des objectifs de prévention réalistes, appuyés sur une identité urbaine inclusive, une communication claire et des partenaires locaux compétents.",
            "Préparer le rôle de votre municipalité face à un attentat ou à une crise, aux côtés des services nationaux, en protégeant les victimes et en prévenant les représailles.",
            "Évaluer le degré de préparation de votre ville et choisir des priorités adaptées à un contexte stable, fragile ou post-conflit.",
        ],
    },
    "modules": [
        {
            "slug": "preparation",
            "estimated_minutes": 13,
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
                "title": "الاستعداد",
                "objectives": [
                    "إدراك أن الكراهية والتطرف والاستقطاب قد تطال أي مدينة، بما فيها مدينتك.",
                    "وصف الطريقة التي يتغيّر بها التهديد على أرض الواقع وفي الفضاء الرقمي.",
                    "تحديد الأدوات التي تمنحك إياها صلاحياتك، والمجالات التي تحتاج فيها إلى شركاء.",
                ],
            },
            "en": {
                "title": "Preparation",
                "objectives": [
                    "Recognise that hate, extremism and polarisation can affect any city, including yours.",
                    "Describe how the threat is changing, offline and online.",
                    "Identify the levers your mandate gives you, and where you need partners.",
                ],
            },
            "fr": {
                "title": "Préparation",
                "objectives": [
                    "Reconnaître que la haine, l'extrémisme et la polarisation peuvent toucher n'importe quelle ville, y compris la vôtre.",
                    "Décrire l'évolution de la menace, dans l'espace public comme en ligne.",
                    "Identifier les leviers que vous donne votre mandat, et les domaines où vous avez besoin de partenaires.",
                ],
            },
            "lessons": [
                {
                    "slug": "no-city-is-immune",
                    "estimated_minutes": 6,
                    "required": True,
                    "ar": {
                        "title": "لا مدينة محصّنة، والتهديد في تغيّر مستمر",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>يعتقد كثير من رؤساء البلديات أن التطرف العنيف مشكلة تخصّ العواصم أو المناطق الحدودية أو المدن التي سبق أن تعرّضت لهجوم. لكن تجربة القادة المحليين تقول غير ذلك. فـ«دليل لرؤساء البلديات» الذي أصدرته شبكة المدن القوية في سبتمبر/أيلول 2023 وأطلقته في قمتها العالمية الرابعة في نيويورك (19–21 سبتمبر/أيلول 2023)، مستندًا إلى مساهمات أكثر من 100 قائد محلي، يجعل الفكرة الأولى في فصل الاستعداد واضحة: لا توجد مدينة محصّنة.</p><p>نادرًا ما تظهر الكراهية والتطرف والاستقطاب دفعة واحدة. إنها تنمو من مظالم محلية، كالإقصاء أو البطالة أو الشعور بالظلم، وتنتشر عبر الشبكات نفسها التي تربط السكان كل يوم: المدارس والأحياء والأندية الرياضية ودور العبادة، ووسائل التواصل الاجتماعي على نحو متزايد. والمدينة التي تنتظر وقوع الأزمة كي تتحرك ستجد نفسها مضطرة إلى بناء العلاقات ووضع الخطط تحت الضغط.</p>",
                            },
                            {"type": "heading", "value": "ما يراه المسؤولون في المنطقة"},
                            {
                                "type": "rich_text",
                                "value": "<p>في الورشة الافتتاحية لمركز الشبكة في منطقة الشرق الأوسط وشمال أفريقيا، التي عُقدت في الرباط يومَي 16 و17 مارس/آذار 2023، وصف أكثر من 70 ممثلًا عن حكومات محلية ووطنية وعن المجتمع المدني من الأردن وتونس والعراق ولبنان وليبيا ومصر والمغرب الضغوطَ التي تواجهها مدنهم. ومن أبرز ما ذكروه:</p><ul><li>النزاعات الممتدة، وإهمال المناطق الريفية والحدودية؛</li><li>بطالة الشباب، وانعدام الأمن الغذائي وشحّ الموارد؛</li><li>النزوح والهجرة؛</li><li>المقاتلون الإرهابيون الأجانب وعائلاتهم، ومنهم المحتجزون في مخيمات شمال شرق سوريا؛</li><li>التضليل والدعاية عبر الإنترنت؛</li><li>انتهاكات الحقوق التي تُرتكب باسم مكافحة الإرهاب.</li></ul><p>لا يتوقف أيٌّ من هذه العوامل عند حدود المدينة، ومعظمها يمسّ العمل اليومي للبلدية.</p>",
                            },
                            {"type": "heading", "value": "تهديد يتغيّر شكله"},
                            {
                                "type": "rich_text",
                                "value": "<p>يتغيّر شكل التهديد أيضًا. فالتعبئة لم تعد حكرًا على التنظيمات المهيكلة، بل قد تأتي من مجتمعات إلكترونية مترابطة على نحو فضفاض، أو من أفراد، أو من خطابات كراهية تستهدف فئة بعينها وتباعد بين الجيران. ويمكن للتضليل أن يحوّل حادثة محلية إلى أزمة تعمّ المدينة في غضون ساعات. لذلك لا يقتصر الاستعداد على الأجهزة الأمنية، بل يعني أن تعرف مدينتك جيدًا: من يشعر بالإقصاء؟ وأين تتصاعد التوترات؟ ومن هي الأصوات التي يثق بها السكان؟</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "لا يمكننا أن نمنع ما لا نفهمه. كل مدينة تحتاج إلى صورتها الخاصة عن المخاطر، من العاصمة حتى أبعد قرية حدودية.",
                                    "speaker": "خلاصة لآراء عدد من المشاركين",
                                    "role": "ورشة الرباط، مارس/آذار 2023 (بتصرّف)",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "الفصل الأول: الاستعداد (لا مدينة محصّنة؛ التهديد المتغيّر)",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم الخلاصات",
                                    "items": [
                                        "قد تتأثر أي مدينة، وانتظار الأزمة يعني بناء العلاقات تحت الضغط.",
                                        "تتراوح العوامل التي ذكرها مسؤولو المنطقة بين بطالة الشباب والتضليل الإلكتروني.",
                                        "يبدأ الاستعداد بمعرفة مدينتك: مظالمها وتوتراتها والأصوات التي تحظى بثقة سكانها.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "فكّر في العام الماضي في مدينتك. ما مؤشّران على التوتر أو الإقصاء أو الكراهية، على أرض الواقع أو عبر الإنترنت، تودّ أن يتابعهما فريقك عن كثب؟ ومن في إدارتك يلاحظهما اليوم؟",
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "No city is immune, and the threat keeps changing",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Many mayors assume that violent extremism is a problem for capitals, for border areas or for cities that have already suffered an attack. The experience of local leaders says otherwise. <em>A Guide for Mayors</em>, published by the Strong Cities Network (SCN) in September 2023, launched at SCN's Fourth Global Summit in New York (19–21 September 2023) and shaped by input from more than 100 local leaders, makes the first theme of its preparation chapter plain: no city is immune.</p><p>Hate, extremism and polarisation rarely arrive all at once. They grow out of local grievances, such as exclusion, a lack of jobs or a sense of injustice, and they travel through the same networks that connect residents every day: schools, neighbourhoods, sports clubs, places of worship and, more and more, social media. A city that waits for a crisis before acting will have to build relationships and plans under pressure.</p>",
                            },
                            {"type": "heading", "value": "What officials in the region see"},
                            {
                                "type": "rich_text",
                                "value": "<p>At the inaugural workshop of SCN's MENA hub in Rabat (16–17 March 2023), more than 70 representatives of local and national governments and civil society from Egypt, Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia described the pressures on their cities. They named, among others:</p><ul><li>protracted conflict, and neglected rural and border areas;</li><li>youth unemployment, and food and resource insecurity;</li><li>displacement and migration;</li><li>foreign terrorist fighters and their families, including those held in camps in north-east Syria;</li><li>online disinformation and propaganda;</li><li>rights abuses committed in the name of counter-terrorism.</li></ul><p>None of these stops at the city limits, and most of them touch the daily work of a municipality.</p>",
                            },
                            {"type": "heading", "value": "A threat that changes shape"},
                            {
                                "type": "rich_text",
                                "value": "<p>The threat is also changing shape. Mobilisation is no longer only the work of structured organisations: it can come from loosely connected online communities, from individuals acting alone, or from hateful narratives that single out a group and push neighbours apart. Disinformation can turn a local incident into a city-wide crisis within hours. Preparation is therefore not a job for the security services alone. It means knowing your city well: who feels left out, where tensions are rising, and which voices residents trust.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "We cannot prevent what we do not understand. Every city needs its own picture of the risks, from the capital to the most remote border village.",
                                    "speaker": "A composite of participants' views",
                                    "role": "Rabat workshop, March 2023 (paraphrased)",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "Chapter 1: Preparation (no city is immune; the changing threat)",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Any city can be affected; waiting for a crisis means building relationships under pressure.",
                                        "The drivers named by officials in the region range from youth unemployment to online disinformation.",
                                        "Preparation starts with knowing your city: its grievances, its tensions and the voices its residents trust.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Think back over the past year in your city. Which two signs of tension, exclusion or hate, offline or online, would you like your team to watch more closely? Who in your administration notices them today?",
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Aucune ville n'est à l'abri, et la menace évolue",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Beaucoup de maires pensent que l'extrémisme violent concerne les capitales, les zones frontalières ou les villes déjà frappées par un attentat. L'expérience des élus locaux montre le contraire. <em>A Guide for Mayors</em>, publié par le Strong Cities Network (SCN) en septembre 2023, présenté lors de son quatrième Sommet mondial à New York (19–21 septembre 2023) et nourri des contributions de plus de 100 responsables locaux, pose sans détour le premier thème de son chapitre sur la préparation : aucune ville n'est à l'abri.</p><p>La haine, l'extrémisme et la polarisation surgissent rarement d'un coup. Ils naissent de griefs locaux (exclusion, manque d'emplois, sentiment d'injustice) et circulent par les réseaux qui relient les habitants au quotidien : écoles, quartiers, clubs sportifs, lieux de culte et, de plus en plus, réseaux sociaux. Une ville qui attend la crise pour agir devra construire ses relations et ses plans dans l'urgence.</p>",
                            },
                            {"type": "heading", "value": "Ce que constatent les responsables de la région"},
                            {
                                "type": "rich_text",
                                "value": "<p>Lors de l'atelier inaugural du pôle MENA du SCN, à Rabat les 16 et 17 mars 2023, plus de 70 représentants de gouvernements locaux et nationaux et de la société civile venus d'Égypte, d'Irak, de Jordanie, du Liban, de Libye, du Maroc et de Tunisie ont décrit les pressions que subissent leurs villes. Ils ont notamment cité :</p><ul><li>les conflits prolongés et l'abandon des zones rurales et frontalières ;</li><li>le chômage des jeunes et l'insécurité alimentaire et des ressources ;</li><li>les déplacements de population et les migrations ;</li><li>les combattants terroristes étrangers et leurs familles, dont celles retenues dans les camps du nord-est de la Syrie ;</li><li>la désinformation et la propagande en ligne ;</li><li>les atteintes aux droits commises au nom de la lutte antiterroriste.</li></ul><p>Aucun de ces phénomènes ne s'arrête aux limites de la commune, et la plupart touchent directement le travail quotidien d'une municipalité.</p>",
                            },
                            {"type": "heading", "value": "Une menace qui change de forme"},
                            {
                                "type": "rich_text",
                                "value": "<p>La menace change aussi de visage. La mobilisation n'est plus seulement le fait d'organisations structurées : elle peut venir de communautés en ligne aux liens lâches, d'individus isolés, ou de discours de haine qui désignent un groupe et dressent les voisins les uns contre les autres. La désinformation peut transformer un incident local en crise à l'échelle de la ville en quelques heures. La préparation ne relève donc pas des seuls services de sécurité. Elle suppose de bien connaître sa ville : qui se sent exclu, où montent les tensions, quelles voix inspirent confiance aux habitants.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "On ne peut pas prévenir ce que l'on ne comprend pas. Chaque ville a besoin de sa propre lecture des risques, de la capitale jusqu'au village frontalier le plus reculé.",
                                    "speaker": "Synthèse des propos de plusieurs participants",
                                    "role": "Atelier de Rabat, mars 2023 (propos reformulés)",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "Chapitre 1 : Préparation (aucune ville n'est à l'abri ; une menace qui évolue)",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "Toute ville peut être touchée ; attendre la crise, c'est devoir tisser des liens dans l'urgence.",
                                        "Les facteurs cités par les responsables de la région vont du chômage des jeunes à la désinformation en ligne.",
                                        "Se préparer commence par connaître sa ville : ses griefs, ses tensions et les voix auxquelles ses habitants font confiance.",
                                    ],
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Repensez à l'année écoulée dans votre ville. Quels sont deux signaux de tension, d'exclusion ou de haine, dans la rue ou en ligne, que vous aimeriez voir votre équipe suivre de plus près ? Qui, dans votre administration, les repère aujourd'hui ?",
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "your-mandate",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "صلاحياتك: ما الذي يستطيع رئيس البلدية فعله؟",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>تتولى السلطات الوطنية عادةً ملفات الأمن والقضاء والاستخبارات، ولذلك يستنتج بعض رؤساء البلديات أن الوقاية ليست من شأنهم. غير أن الموضوع الثالث في فصل الاستعداد من الدليل هو صلاحيات رئيس البلدية نفسه، وهي أوسع مما تبدو للوهلة الأولى.</p><p>قلّما يملك رئيس البلدية سلطة على الشرطة، لكنه يتحكم في كثير من الأمور التي تحدد شعور السكان بالانتماء، أو يؤثر فيها تأثيرًا قويًا:</p><ul><li><strong>الخدمات والفضاءات العامة</strong>: المدارس ودور الشباب والمنشآت الرياضية والبرامج الثقافية والإنارة والنقل.</li><li><strong>القدرة على الجمع</strong>: أي جمع منظمات المجتمع المدني والقيادات الدينية والمجتمعية والقطاع الخاص والشباب حول طاولة واحدة.</li><li><strong>الكلمة العامة</strong>: ما يقوله رئيس البلدية، وما يمتنع عن قوله، يحدد النبرة بعد أي حادثة.</li><li><strong>المعرفة المحلية</strong>: يرى موظفو البلدية بوادر الإقصاء والتوتر قبل أن تظهر في الإحصاءات الوطنية بوقت طويل.</li><li><strong>الميزانية والشراكات</strong>: يمكن للمنح الصغيرة الموجّهة جيدًا وللشراكات أن تصل إلى فئات تغفل عنها البرامج الوطنية.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "ارسم صلاحياتك في ثلاث دوائر",
                                    "text": "<p>ارسم ثلاث دوائر. في الأولى، اكتب ما <strong>تقرّره</strong> بلديتك وحدها. وفي الثانية، ما <strong>تتقاسمه</strong> مع الجهات الوطنية أو الجهوية. وفي الثالثة، ما لا تملك فيه إلا <strong>التأثير</strong>. يبدأ عمل الوقاية عادةً من الدائرة الأولى ويتّسع عبر الثانية.</p>",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<p>حدّد المشاركون في ورشة الرباط (مارس/آذار 2023) ثلاث حاجات ذات أولوية لمدن المنطقة: زيادة الوعي بدور المدن في الوقاية من الكراهية والتطرف والاستقطاب والاستجابة لها، وبناء القدرات التقنية والمعرفة بالمواضيع المعنية، وتعاون مستدام بين المستويين الوطني والمحلي. وصلاحياتك هي النقطة التي تلتقي فيها هذه الحاجات الثلاث: أن تعرف ما تستطيع فعله، وأن يكون لديك أشخاص قادرون على تنفيذه، وأن تتفق مع شركائك الوطنيين على توزيع الأدوار.</p>",
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "أيٌّ مما يلي يدخل بوضوح في صلاحيات رئيس البلدية في مجال الوقاية؟",
                                            "options": [
                                                {
                                                    "text": "توجيه العمليات الاستخباراتية ضد المشتبه في تطرفهم",
                                                    "correct": False,
                                                    "feedback": "تعود العمليات الأمنية والاستخباراتية عادةً إلى السلطات الوطنية. دور رئيس البلدية هو التنسيق معها، لا قيادتها.",
                                                },
                                                {
                                                    "text": "فتح المرافق الشبابية والثقافية أمام شباب جميع الأحياء",
                                                    "correct": True,
                                                    "feedback": "صحيح. الخدمات والفضاءات العامة من أهم أدوات البلدية، وهي تؤثر مباشرة في شعور الشباب بالانتماء.",
                                                },
                                                {
                                                    "text": "تحديد من يُلاحَق قضائيًا بتهم الإرهاب",
                                                    "correct": False,
                                                    "feedback": "الملاحقة القضائية من اختصاص القضاء. والخلط بين الأدوار يضرّ بثقة السكان في البلدية وفي المحاكم معًا.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "بما أن الأمن مسؤولية وطنية، فليس لدى البلدية الكثير لتقدّمه في مجال الوقاية.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "ليس تمامًا. تقود الجهات الوطنية ملف الأمن، لكن البلدية تدير الخدمات وتجمع الفاعلين المحليين وتخاطب السكان يوميًا، وكلها أدوات للوقاية.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "صحيح. صلاحيات رئيس البلدية أوسع من الأمن: الخدمات والقدرة على الجمع والكلمة العامة والمعرفة المحلية كلها مهمة.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "ما الحاجات ذات الأولوية التي حدّدها المشاركون في ورشة الرباط في مارس/آذار 2023؟",
                                            "options": [
                                                {
                                                    "text": "الوعي بدور المدن في الوقاية والاستجابة",
                                                    "correct": True,
                                                    "feedback": "نعم. لم يكن كثير من المسؤولين يرون بعدُ أن الوقاية جزء من عمل المدينة.",
                                                },
                                                {
                                                    "text": "بناء القدرات التقنية والمعرفة بالمواضيع المعنية",
                                                    "correct": True,
                                                    "feedback": "نعم. يحتاج الموظفون إلى مهارات ومعارف، لا إلى الإرادة السياسية وحدها.",
                                                },
                                                {
                                                    "text": "تعاون مستدام بين المستويين الوطني والمحلي",
                                                    "correct": True,
                                                    "feedback": "نعم. لا تستطيع المدن العمل بمفردها، والشركاء الوطنيون يحتاجون إلى المعرفة المحلية.",
                                                },
                                                {
                                                    "text": "منح الشرطة البلدية صلاحيات أوسع",
                                                    "correct": False,
                                                    "feedback": "لم تكن هذه من الحاجات ذات الأولوية. انصبّ التركيز على الوعي والقدرات والتعاون.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Your mandate: what a mayor can do",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Security, justice and intelligence usually sit with national authorities, which leads some mayors to conclude that prevention is not their business. Yet the third theme of the guide's preparation chapter is the mayor's own mandate, and it is wider than it first looks.</p><p>A mayor rarely commands the police, but controls or strongly influences many of the things that decide whether residents feel they belong:</p><ul><li><strong>Services and public space</strong>: schools, youth centres, sports facilities, cultural programmes, street lighting and transport.</li><li><strong>Convening power</strong>: bringing civil society, religious and community leaders, the private sector and young people around one table.</li><li><strong>A public voice</strong>: what the mayor says, and does not say, sets the tone after an incident.</li><li><strong>Local knowledge</strong>: municipal staff see the first signs of exclusion and tension long before they show up in national statistics.</li><li><strong>Budget and partnerships</strong>: small, well-targeted grants and partnerships can reach groups that national programmes miss.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Map your mandate in three circles",
                                    "text": "<p>Draw three circles. In the first, list what your municipality <strong>decides</strong> on its own. In the second, what it <strong>shares</strong> with national or regional bodies. In the third, what it can only <strong>influence</strong>. Prevention work usually starts in the first circle and grows through the second.</p>",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<p>Participants at the Rabat workshop (March 2023) set out three priority needs for the region's cities: more awareness of the role cities play in preventing and responding to hate, extremism and polarisation; technical capacity-building and thematic knowledge; and sustainable cooperation between national and local government. Your mandate is where the three meet: knowing what you can do, having people who are able to do it, and agreeing with national partners on who does what.</p>",
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Which of these falls most clearly within a mayor's own mandate for prevention?",
                                            "options": [
                                                {
                                                    "text": "Directing intelligence operations against suspected extremists",
                                                    "correct": False,
                                                    "feedback": "Security and intelligence operations usually belong to national authorities. The mayor's role is to coordinate with them, not to direct them.",
                                                },
                                                {
                                                    "text": "Opening youth and cultural facilities to young people from every neighbourhood",
                                                    "correct": True,
                                                    "feedback": "Correct. Services and public spaces are core municipal levers, and they shape whether young people feel they belong.",
                                                },
                                                {
                                                    "text": "Deciding who is prosecuted for terrorism offences",
                                                    "correct": False,
                                                    "feedback": "Prosecution is a matter for the justice system. Mixing roles damages residents' trust in both the municipality and the courts.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Because security is a national responsibility, a municipality has little to contribute to prevention.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Not quite. National bodies lead on security, but municipalities run services, convene local actors and speak to residents every day, and all of these are prevention levers.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. A mayor's mandate reaches well beyond security: services, convening power, public voice and local knowledge all count.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which priority needs did participants set out at the Rabat workshop in March 2023?",
                                            "options": [
                                                {
                                                    "text": "Awareness of cities' role in prevention and response",
                                                    "correct": True,
                                                    "feedback": "Yes. Many officials did not yet see prevention as part of the city's job.",
                                                },
                                                {
                                                    "text": "Technical capacity-building and thematic knowledge",
                                                    "correct": True,
                                                    "feedback": "Yes. Staff need skills and knowledge, not only political will.",
                                                },
                                                {
                                                    "text": "Sustainable national–local cooperation",
                                                    "correct": True,
                                                    "feedback": "Yes. Cities cannot act alone, and national partners need local knowledge.",
                                                },
                                                {
                                                    "text": "Wider powers for the municipal police",
                                                    "correct": False,
                                                    "feedback": "This was not among the priority needs. The focus was on awareness, capacity and cooperation.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Votre mandat : ce qu'un maire peut faire",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>La sécurité, la justice et le renseignement relèvent en général de l'État, si bien que certains maires concluent que la prévention ne les concerne pas. Pourtant, le troisième thème du chapitre du guide consacré à la préparation est précisément le mandat du maire, et celui-ci est plus large qu'il n'y paraît.</p><p>Un maire commande rarement la police, mais il maîtrise ou influence fortement bien des éléments qui déterminent le sentiment d'appartenance des habitants :</p><ul><li><strong>Les services et l'espace public</strong> : écoles, maisons de jeunes, équipements sportifs, programmation culturelle, éclairage, transports.</li><li><strong>Le pouvoir de rassembler</strong> : réunir autour d'une même table société civile, responsables religieux et communautaires, secteur privé et jeunes.</li><li><strong>La parole publique</strong> : ce que dit le maire, et ce qu'il tait, donne le ton après un incident.</li><li><strong>La connaissance du terrain</strong> : les agents municipaux perçoivent les premiers signes d'exclusion et de tension bien avant les statistiques nationales.</li><li><strong>Le budget et les partenariats</strong> : de petites subventions bien ciblées et des partenariats permettent d'atteindre des publics qui échappent aux programmes nationaux.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "practice",
                                    "title": "Cartographiez votre mandat en trois cercles",
                                    "text": "<p>Tracez trois cercles. Dans le premier, notez ce que votre municipalité <strong>décide</strong> seule. Dans le deuxième, ce qu'elle <strong>partage</strong> avec les autorités nationales ou régionales. Dans le troisième, ce sur quoi elle ne peut qu'<strong>influer</strong>. Le travail de prévention part généralement du premier cercle et s'étend grâce au deuxième.</p>",
                                },
                            },
                            {
                                "type": "rich_text",
                                "value": "<p>Les participants à l'atelier de Rabat (mars 2023) ont dégagé trois besoins prioritaires pour les villes de la région : mieux faire connaître le rôle des villes dans la prévention de la haine, de l'extrémisme et de la polarisation et dans la réponse à ces phénomènes ; renforcer les capacités techniques et les connaissances thématiques ; instaurer une coopération durable entre l'échelon national et l'échelon local. Votre mandat est le point de rencontre de ces trois besoins : savoir ce que vous pouvez faire, disposer de personnes capables de le faire, et convenir avec vos partenaires nationaux de qui fait quoi.</p>",
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Lequel de ces leviers relève le plus clairement du mandat propre d'un maire en matière de prévention ?",
                                            "options": [
                                                {
                                                    "text": "Diriger des opérations de renseignement visant des extrémistes présumés",
                                                    "correct": False,
                                                    "feedback": "Les opérations de sécurité et de renseignement relèvent en général de l'État. Le rôle du maire est de se coordonner avec ces services, non de les diriger.",
                                                },
                                                {
                                                    "text": "Ouvrir les équipements culturels et de jeunesse aux jeunes de tous les quartiers",
                                                    "correct": True,
                                                    "feedback": "Exact. Les services et les espaces publics sont des leviers municipaux essentiels, et ils influencent directement le sentiment d'appartenance des jeunes.",
                                                },
                                                {
                                                    "text": "Décider qui est poursuivi pour des infractions terroristes",
                                                    "correct": False,
                                                    "feedback": "Les poursuites relèvent de la justice. Mélanger les rôles abîme la confiance des habitants envers la municipalité comme envers les tribunaux.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "La sécurité étant une compétence nationale, une municipalité a peu à apporter à la prévention.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Pas vraiment. L'État pilote la sécurité, mais la municipalité gère des services, réunit les acteurs locaux et s'adresse chaque jour aux habitants : autant de leviers de prévention.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Le mandat du maire dépasse largement la sécurité : services, capacité de rassembler, parole publique et connaissance du terrain comptent tous.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Quels besoins prioritaires les participants à l'atelier de Rabat de mars 2023 ont-ils dégagés ?",
                                            "options": [
                                                {
                                                    "text": "Une meilleure connaissance du rôle des villes dans la prévention et la réponse",
                                                    "correct": True,
                                                    "feedback": "Oui. Beaucoup de responsables ne considéraient pas encore la prévention comme une mission de la ville.",
                                                },
                                                {
                                                    "text": "Le renforcement des capacités techniques et des connaissances thématiques",
                                                    "correct": True,
                                                    "feedback": "Oui. Les équipes ont besoin de compétences et de connaissances, pas seulement de volonté politique.",
                                                },
                                                {
                                                    "text": "Une coopération durable entre l'échelon national et l'échelon local",
                                                    "correct": True,
                                                    "feedback": "Oui. Les villes ne peuvent pas agir seules, et les partenaires nationaux ont besoin de la connaissance du terrain.",
                                                },
                                                {
                                                    "text": "Des pouvoirs élargis pour la police municipale",
                                                    "correct": False,
                                                    "feedback": "Ce besoin ne figurait pas parmi les priorités. L'accent portait sur la sensibilisation, les capacités et la coopération.",
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
        {
            "slug": "prevention",
            "estimated_minutes": 14,
            "source": {
                "guidebook": "guide-for-mayors",
                "chapter": {
                    "ar": "الفصل الثاني: الوقاية",
                    "en": "Chapter 2: Prevention",
                    "fr": "Chapitre 2 : Prévention",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
            },
            "ar": {
                "title": "الوقاية",
                "objectives": [
                    "بناء الوقاية على هوية حضرية جامعة تجد فيها كل الفئات نفسها.",
                    "استخدام التواصل الاستراتيجي لتعزيز الثقة والتصدي للخطابات التي تفرّق بين السكان.",
                    "تحويل الحاجات المحلية إلى أهداف وقاية واضحة، وتقوية قدرات الشركاء الذين ينفّذونها.",
                ],
            },
            "en": {
                "title": "Prevention",
                "objectives": [
                    "Build prevention on an inclusive city identity in which every group can recognise itself.",
                    "Use strategic communication to strengthen trust and counter divisive narratives.",
                    "Turn local needs into clear prevention objectives, and strengthen the partners who deliver them.",
                ],
            },
            "fr": {
                "title": "Prévention",
                "objectives": [
                    "Fonder la prévention sur une identité urbaine inclusive dans laquelle chaque groupe se reconnaît.",
                    "Recourir à la communication stratégique pour renforcer la confiance et contrer les discours qui divisent.",
                    "Traduire les besoins locaux en objectifs de prévention clairs et renforcer les partenaires chargés de les atteindre.",
                ],
            },
            "lessons": [
                {
                    "slug": "inclusive-identity-and-communication",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "هوية حضرية جامعة، تُروى بإتقان",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>يبدأ فصل الوقاية في الدليل بهوية المدينة. فالسكان الذين يشعرون بأن المدينة مدينتهم، مهما كان أصلهم أو دينهم أو جنسهم أو حيّهم، أقل انجذابًا إلى حركات تقول لهم إنهم غرباء أو أعداء. والهوية الجامعة ليست شعارًا، بل تُبنى من خلال أسئلة عملية: من يحصل على الخدمات؟ وتاريخ من يظهر في الفضاءات العامة؟ ومن يُدعى إلى المشاركة في القرار؟</p><p>ومن الخطوات العملية التي تستطيع البلدية اتخاذها:</p><ul><li>فتح المشاورات والميزانية التشاركية أمام فئات نادرًا ما تخاطب المجلس البلدي: الشباب والنساء والأقليات والنازحون؛</li><li>نشر معلومات واضحة عن الخدمات والقرارات، حتى لا تملأ الشائعات الفراغ؛</li><li>توظيف الرياضة والثقافة والتربية على المواطنة لجمع شباب من خلفيات مختلفة؛</li><li>التأكد من أن الأحياء المهمّشة، بما فيها المناطق الريفية والحدودية، ترى استثمار المدينة فيها.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "unesco-urban-inclusion",
                                    "chapter": "المشاركة العامة، والحصول على المعلومات، والرياضة لإدماج الشباب، والتربية على المواطنة وحقوق الإنسان",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "تبيّن تجربة الرباط كيف يمكن للشراكات في مجال المساواة بين الجنسين، ولمراكز مناهضة تحرّش النساء، وللتربية على حقوق الإنسان التي وصلت إلى أكثر من 80 ألف تلميذ، أن تجعل الإدماج ملموسًا (بحسب ما عُرض في ورشة الرباط، مارس/آذار 2023).",
                                },
                            },
                            {"type": "heading", "value": "التواصل الاستراتيجي"},
                            {
                                "type": "rich_text",
                                "value": "<p>التواصل الاستراتيجي يعني أن تحدد مسبقًا ما تريد أن يفهمه السكان وما تريد أن يشعروا به، ثم أن تقوله باتساق ومن خلال أشخاص يثقون بهم. ويشمل ذلك بالنسبة لرئيس البلدية:</p><ul><li><strong>سرديات إيجابية</strong>: إظهار أن التنوع والتعاون جزء من حياة المدينة، من خلال قصص محلية حقيقية.</li><li><strong>ناقلون موثوقون للرسالة</strong>: كثيرًا ما يصل الشباب والمعلمون والمدربون الرياضيون والقادة المجتمعيون إلى جماهير لا يبلغها أي بيان رسمي.</li><li><strong>السرعة والدقة على الإنترنت</strong>: رصد الشائعات والمعلومات المضلِّلة وتصحيحها بسرعة بالحقائق المؤكدة.</li><li><strong>لغة مدروسة</strong>: تجنّب الكلمات التي تحمّل جماعة كاملة مسؤولية أفعال أفراد منها.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "دَع الشباب يروون القصة",
                                    "text": "<p>في نموذج «المدن الشابة» (Young Cities)، يصمّم الشباب حملاتهم بأنفسهم بدعم من البلدية، ويفيد البرنامج بأنه دعم أكثر من 25 حملة حتى الآن. والحملة التي يصنعها الشباب لأقرانهم غالبًا ما تكون أكثر مصداقية من حملة تُصنع لأجلهم.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "قبل أن تطلق رسالة باسم المدينة",
                                    "items": [
                                        "نعرف الجمهور الذي نريد الوصول إليه، ولماذا.",
                                        "اختبرنا الرسالة مع أشخاص من هذا الجمهور، ومنهم شباب.",
                                        "ناقل الرسالة شخص يثق به هذا الجمهور.",
                                        "لا تتضمن الرسالة ما يوصم دينًا أو أصلًا أو حيًّا.",
                                        "لدينا خطة للرد على الشائعات وردود الفعل العدائية على الإنترنت.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "An inclusive city identity, told well",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>The guide's prevention chapter begins with the city's identity. Residents who feel the city is theirs, whatever their origin, religion, gender or neighbourhood, are less open to movements that tell them they are outsiders or enemies. An inclusive identity is not a slogan. It is built through practical questions: who gets access to services, whose history is visible in public spaces, and who is invited to take part in decisions?</p><p>Practical steps a municipality can take include:</p><ul><li>opening consultations and participatory budgeting to groups that rarely speak to the council: young people, women, minorities, displaced people;</li><li>publishing clear information about services and decisions, so that rumours do not fill the gap;</li><li>using sport, culture and citizenship education to bring together young people from different backgrounds;</li><li>making sure that neglected districts, including rural and border areas, see the city investing in them.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "unesco-urban-inclusion",
                                    "chapter": "Public participation, access to information, sport for youth inclusion, citizenship and human-rights education",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "Rabat shows how partnerships on gender equality, centres against the harassment of women and human-rights education reaching more than 80,000 school students can make inclusion concrete (reported at the Rabat workshop, March 2023).",
                                },
                            },
                            {"type": "heading", "value": "Strategic communication"},
                            {
                                "type": "rich_text",
                                "value": "<p>Strategic communication means deciding in advance what you want residents to understand and feel, then saying it consistently, through people they trust. For a mayor, this covers:</p><ul><li><strong>Positive narratives</strong>: showing, through real local stories, that diversity and cooperation are part of city life.</li><li><strong>Credible messengers</strong>: young people, teachers, sports coaches and community leaders often reach audiences that no official statement will.</li><li><strong>Speed and accuracy online</strong>: watching for rumours and disinformation, and correcting them quickly with verified facts.</li><li><strong>Careful language</strong>: avoiding words that blame a whole community for the acts of a few.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Let young people tell the story",
                                    "text": "<p>In the Young Cities model, young people design their own campaigns with municipal support; the programme reports more than 25 campaigns so far. A campaign made by young people for their peers is often more credible than one made for them.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Before you launch a message on behalf of the city",
                                    "items": [
                                        "We know which audience we want to reach, and why.",
                                        "We have tested the message with people from that audience, including young people.",
                                        "The messenger is someone this audience trusts.",
                                        "Nothing in the message stigmatises a religion, an origin or a neighbourhood.",
                                        "We have a plan to respond to rumours and hostile reactions online.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Une identité urbaine inclusive, et bien racontée",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Le chapitre du guide consacré à la prévention commence par l'identité de la ville. Des habitants qui sentent que la ville est la leur, quels que soient leur origine, leur religion, leur genre ou leur quartier, sont moins réceptifs aux mouvements qui leur disent qu'ils sont des étrangers ou des ennemis. Une identité inclusive n'est pas un slogan. Elle se construit à partir de questions très concrètes : qui a accès aux services ? Quelle histoire est visible dans l'espace public ? Qui est invité à participer aux décisions ?</p><p>Parmi les mesures à la portée d'une municipalité :</p><ul><li>ouvrir les consultations et le budget participatif aux publics qui s'adressent rarement au conseil municipal : jeunes, femmes, minorités, personnes déplacées ;</li><li>publier une information claire sur les services et les décisions, pour que les rumeurs ne comblent pas le vide ;</li><li>s'appuyer sur le sport, la culture et l'éducation à la citoyenneté pour rapprocher des jeunes d'horizons différents ;</li><li>veiller à ce que les quartiers délaissés, y compris les zones rurales et frontalières, voient la ville investir chez eux.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "unesco-urban-inclusion",
                                    "chapter": "Participation du public, accès à l'information, sport pour l'inclusion des jeunes, éducation à la citoyenneté et aux droits humains",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "rabat-gender-equality-education",
                                    "note": "Rabat montre comment des partenariats pour l'égalité entre les femmes et les hommes, des centres de lutte contre le harcèlement des femmes et une éducation aux droits humains ayant touché plus de 80 000 élèves peuvent rendre l'inclusion concrète (présenté à l'atelier de Rabat, mars 2023).",
                                },
                            },
                            {"type": "heading", "value": "La communication stratégique"},
                            {
                                "type": "rich_text",
                                "value": "<p>Communiquer de façon stratégique, c'est décider à l'avance ce que l'on veut que les habitants comprennent et ressentent, puis le dire avec constance, par la voix de personnes en qui ils ont confiance. Pour un maire, cela recouvre :</p><ul><li><strong>Des récits positifs</strong> : montrer, par de vraies histoires locales, que la diversité et la coopération font partie de la vie de la ville.</li><li><strong>Des messagers crédibles</strong> : jeunes, enseignants, entraîneurs sportifs et responsables associatifs touchent souvent des publics qu'aucun communiqué officiel n'atteindra.</li><li><strong>Rapidité et exactitude en ligne</strong> : repérer les rumeurs et la désinformation, puis les corriger vite avec des faits vérifiés.</li><li><strong>Des mots pesés</strong> : éviter tout terme qui rend une communauté entière responsable des actes de quelques-uns.</li></ul>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Laissez les jeunes raconter l'histoire",
                                    "text": "<p>Dans le modèle Young Cities, les jeunes conçoivent eux-mêmes leurs campagnes avec l'appui de la municipalité ; le programme fait état de plus de 25 campagnes à ce jour. Une campagne conçue par des jeunes pour leurs pairs est souvent plus crédible qu'une campagne conçue pour eux.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Avant de diffuser un message au nom de la ville",
                                    "items": [
                                        "Nous savons quel public nous voulons toucher, et pourquoi.",
                                        "Nous avons testé le message auprès de personnes de ce public, y compris des jeunes.",
                                        "Le messager est une personne en qui ce public a confiance.",
                                        "Rien dans le message ne stigmatise une religion, une origine ou un quartier.",
                                        "Nous avons prévu comment répondre aux rumeurs et aux réactions hostiles en ligne.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "objectives-and-stakeholder-capacity",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "من النوايا الحسنة إلى أهداف واضحة وشركاء قادرين",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>كثير من جهود الوقاية في البلديات ليست سوى قائمة من الأنشطة: مهرجان هنا وندوة هناك ويوم رياضي. قد تكون مفيدة، لكن من دون أهداف واضحة لا يستطيع أحد أن يقول هل غيّرت شيئًا. لهذا يتناول فصل الوقاية في الدليل تحديد أهداف الوقاية والاستثمار في الأشخاص الذين سيحققونها.</p><h3>تحديد الأهداف</h3><p>انطلق من معطيات عن مدينتك أنت. فبرنامج «المدن الشابة» مثلًا يبني فهمه للتحدي المحلي على استطلاعات الرأي ومجموعات النقاش المركّزة وتحليل وسائل التواصل الاجتماعي. وانطلاقًا من هذه الصورة، اختر عددًا قليلًا من الأهداف التي تصف تغييرًا، لا نشاطًا. فعبارة «تنظيم أربعة منتديات شبابية» تصف نشاطًا، أما عبارة «يعبّر شباب الأحياء الشرقية عن ثقة أكبر في البلدية» فهي هدف.</p><p>وتقترح مجموعة أدوات الشبكة لبناء إطار وقاية محلي متعدد الأطراف متابعةَ <strong>مؤشرات المخرجات</strong> (ما الذي أُنجز) و<strong>مؤشرات النتائج</strong> (ما الذي تغيّر) معًا. وقد طالب المشاركون في ورشة الرباط تحديدًا بإطار تقييم من هذا النوع يمنح المدن قاعدة من الأدلة.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "الرصد والتقييم: مؤشرات المخرجات ومؤشرات النتائج",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {"type": "heading", "value": "بناء قدرات الشركاء"},
                            {
                                "type": "rich_text",
                                "value": "<p>لا تستطيع أي بلدية أن تنجز الوقاية بمفردها. فمنظمات المجتمع المدني والمدارس والعاملون في الصحة والخدمات الاجتماعية والقيادات الدينية والمجتمعية، والشباب أنفسهم، يحملون الجزء الأكبر من العمل، وقدراتهم لا تقل أهمية عن قدرات المدينة. وقد طلب المسؤولون في ورشة الرباط تدريبًا على بناء العلاقات مع الشباب والنساء والأقليات، وإنشاء شبكات وقاية محلية. وهذه الشبكات قائمة بالفعل في المنطقة، ومنها شبكات صيدا وطرابلس ومجدل عنجر في لبنان، والكرك وإربد والزرقاء في الأردن.</p><p>والقدرة تعني أيضًا الاستمرارية. فالمشاريع القصيرة التي تتوقف بانتهاء التمويل قد تترك الشركاء والمستفيدين في وضع أسوأ مما كانوا عليه.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "تُظهر تجربة طرابلس الوجهين معًا: بلدية ومجتمع مدني يعملان معًا لتوفير فرص عمل للأحداث المفرج عنهم، واستدامة تضرّرت حين انتهى التمويل. اسأل نفسك: كيف كانت مدينتك ستُبقي برنامجًا كهذا قائمًا؟",
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
                                            "prompt": "أيٌّ مما يلي هدفٌ للوقاية وليس مجرد نشاط؟",
                                            "options": [
                                                {
                                                    "text": "تنظيم ثلاث ندوات توعوية هذا العام",
                                                    "correct": False,
                                                    "feedback": "هذا وصف لنشاط. قد يخدم هدفًا ما، لكنه لا يقول شيئًا عمّا ينبغي أن يتغيّر.",
                                                },
                                                {
                                                    "text": "أن يعبّر شباب الأحياء المحرومة من الخدمات عن ثقة أكبر في البلدية خلال عامين",
                                                    "correct": True,
                                                    "feedback": "صحيح. فهو يصف تغييرًا لدى فئة محددة، في مدة محددة، ويمكن قياسه.",
                                                },
                                                {
                                                    "text": "طباعة 5000 منشور حول التسامح",
                                                    "correct": False,
                                                    "feedback": "هذا مُخرَج: إحصاء لما أُنتج، لا للتغيير الذي تريد رؤيته.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيّ الإجراءات التالية تعزّز قدرات الشركاء على نحو مستدام؟",
                                            "options": [
                                                {
                                                    "text": "تدريب موظفي البلدية والشركاء على العمل مع الشباب والنساء والأقليات",
                                                    "correct": True,
                                                    "feedback": "نعم. ذكر المشاركون في ورشة الرباط هذا التدريب ضمن حاجات المنطقة.",
                                                },
                                                {
                                                    "text": "الانضمام إلى شبكة وقاية محلية تجتمع بانتظام، أو إنشاء شبكة كهذه",
                                                    "correct": True,
                                                    "feedback": "نعم. تحافظ الشبكات على العلاقات بين مشروع وآخر، وتوزّع عبء العمل.",
                                                },
                                                {
                                                    "text": "تمويل مشروع لمرة واحدة من دون أي خطة لما بعد انتهاء المنحة",
                                                    "correct": False,
                                                    "feedback": "تُظهر تجربة طرابلس الخطر: حين ينتهي التمويل من دون خطة للمتابعة، قد تضيع النتائج.",
                                                },
                                                {
                                                    "text": "التخطيط منذ البداية لكيفية تمويل البرنامج الناجح على المدى البعيد",
                                                    "correct": True,
                                                    "feedback": "نعم. التفكير المبكر في الاستدامة هو ما يحمي النتائج.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "مؤشرات المخرجات وحدها تكفي لإثبات نجاح برنامج للوقاية.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "تُظهر المخرجات ما أُنجز، كعدد الفعاليات أو عدد المتدربين، لكنها لا تُظهر هل تغيّرت المواقف أو الثقة أو السلوك.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "صحيح. تحتاج أيضًا إلى مؤشرات النتائج لترى ما الذي تغيّر فعلًا.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "From good intentions to clear objectives and capable partners",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Many municipal prevention efforts are a list of events: a festival here, a seminar there, a sports day. They may be useful, but without clear objectives nobody can say whether they changed anything. That is why setting prevention objectives, and investing in the people who will deliver them, are themes of the guide's prevention chapter.</p><h3>Setting objectives</h3><p>Start from evidence about your own city. Young Cities, for example, builds its understanding of the local challenge from perception surveys, focus groups and social-media analysis. From that picture, choose a small number of objectives that describe a change, not an activity. “Hold four youth forums” is an activity; “young people in the eastern districts report more trust in the municipality” is an objective.</p><p>SCN's toolkit for building a multi-actor Local Prevention Framework suggests tracking both <strong>output indicators</strong> (what was delivered) and <strong>outcome indicators</strong> (what changed). Participants at the Rabat workshop asked for exactly this kind of evaluation framework, to give cities an evidence base.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Monitoring and evaluation: output and outcome indicators",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {"type": "heading", "value": "Building stakeholder capacity"},
                            {
                                "type": "rich_text",
                                "value": "<p>No municipality can deliver prevention alone. Civil society organisations, schools, health and social workers, religious and community leaders, and young people themselves carry most of the work, so their capacity matters as much as the city's. Officials at the Rabat workshop asked for training on building relationships with youth, women and minorities, and for local prevention networks. Such networks already exist in the region, for example in Saida, Tripoli and Majdal Anjar in Lebanon, and in Karak, Irbid and Zarqa in Jordan.</p><p>Capacity also means continuity. Short projects that stop when the funding stops can leave partners and participants worse off than before.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "Tripoli shows both sides: a municipality and civil society working together to offer former juvenile detainees jobs, and sustainability that suffered when the funding ended. Ask yourself how your city would keep such a programme going.",
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
                                            "prompt": "Which of these is a prevention objective rather than an activity?",
                                            "options": [
                                                {
                                                    "text": "Organise three awareness seminars this year",
                                                    "correct": False,
                                                    "feedback": "This describes an activity. It may serve an objective, but it says nothing about what should change.",
                                                },
                                                {
                                                    "text": "Young people in under-served districts report greater trust in the municipality within two years",
                                                    "correct": True,
                                                    "feedback": "Correct. It describes a change for a specific group, over a set period, and it can be measured.",
                                                },
                                                {
                                                    "text": "Print 5,000 leaflets on tolerance",
                                                    "correct": False,
                                                    "feedback": "This is an output: a count of what was produced, not the change you want to see.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these strengthen stakeholder capacity in a lasting way?",
                                            "options": [
                                                {
                                                    "text": "Training municipal staff and partners to work with youth, women and minorities",
                                                    "correct": True,
                                                    "feedback": "Yes. Participants at the Rabat workshop named this training as a need for the region.",
                                                },
                                                {
                                                    "text": "Joining, or creating, a local prevention network that meets regularly",
                                                    "correct": True,
                                                    "feedback": "Yes. Networks keep relationships alive between projects and share the workload.",
                                                },
                                                {
                                                    "text": "Funding a one-off project with no plan for what happens after the grant",
                                                    "correct": False,
                                                    "feedback": "Tripoli's experience shows the risk: when funding ends with no follow-up plan, results can be lost.",
                                                },
                                                {
                                                    "text": "Planning from the start how a successful programme will be funded over time",
                                                    "correct": True,
                                                    "feedback": "Yes. Thinking about sustainability early is what protects results.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Output indicators alone are enough to show whether a prevention programme works.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Outputs show what was delivered, such as events held or people trained. They do not show whether attitudes, trust or behaviour changed.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. You also need outcome indicators to see what actually changed.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Des bonnes intentions aux objectifs clairs et aux partenaires compétents",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Bien des actions municipales de prévention se résument à une liste d'événements : un festival, un séminaire, une journée sportive. Elles peuvent être utiles, mais sans objectifs clairs, personne ne peut dire si elles ont changé quoi que ce soit. C'est pourquoi la fixation d'objectifs de prévention et l'investissement dans les personnes chargées de les atteindre figurent parmi les thèmes du chapitre du guide consacré à la prévention.</p><h3>Fixer des objectifs</h3><p>Partez de données sur votre propre ville. Young Cities, par exemple, construit sa compréhension du défi local à partir d'enquêtes de perception, de groupes de discussion et d'analyses des réseaux sociaux. À partir de ce diagnostic, retenez quelques objectifs qui décrivent un changement, et non une activité. « Organiser quatre forums de jeunes » est une activité ; « les jeunes des quartiers est déclarent davantage de confiance envers la municipalité » est un objectif.</p><p>La boîte à outils du SCN pour bâtir un cadre local de prévention multi-acteurs propose de suivre à la fois des <strong>indicateurs de réalisation</strong> (ce qui a été fait) et des <strong>indicateurs de résultat</strong> (ce qui a changé). Les participants à l'atelier de Rabat ont justement demandé un cadre d'évaluation de ce type, pour doter les villes d'une base de données probantes.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "toolkit-local-prevention-framework",
                                    "chapter": "Suivi et évaluation : indicateurs de réalisation et de résultat",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-toolkit-for-cities-on-building-a-multi-actor-local-prevention-framework/",
                                },
                            },
                            {"type": "heading", "value": "Renforcer les capacités des partenaires"},
                            {
                                "type": "rich_text",
                                "value": "<p>Aucune municipalité ne peut faire de la prévention seule. Associations, écoles, professionnels de la santé et du travail social, responsables religieux et communautaires, et les jeunes eux-mêmes portent l'essentiel du travail : leurs capacités comptent autant que celles de la ville. Les responsables réunis à Rabat ont demandé des formations pour nouer des relations avec les jeunes, les femmes et les minorités, ainsi que des réseaux locaux de prévention. De tels réseaux existent déjà dans la région, par exemple à Saïda, Tripoli et Majdal Anjar au Liban, et à Karak, Irbid et Zarqa en Jordanie.</p><p>Les capacités, c'est aussi la continuité. Un projet court qui s'arrête avec son financement peut laisser partenaires et bénéficiaires dans une situation pire qu'avant.</p>",
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "tripoli-juvenile-reintegration",
                                    "note": "Tripoli montre les deux faces : une municipalité et la société civile qui s'associent pour offrir un emploi à d'anciens mineurs détenus, et une pérennité fragilisée à la fin du financement. Demandez-vous comment votre ville ferait vivre un tel programme dans la durée.",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Lequel de ces énoncés est un objectif de prévention, et non une activité ?",
                                            "options": [
                                                {
                                                    "text": "Organiser trois séminaires de sensibilisation cette année",
                                                    "correct": False,
                                                    "feedback": "C'est une activité. Elle peut servir un objectif, mais elle ne dit rien de ce qui doit changer.",
                                                },
                                                {
                                                    "text": "D'ici deux ans, les jeunes des quartiers mal desservis déclarent davantage de confiance envers la municipalité",
                                                    "correct": True,
                                                    "feedback": "Exact. L'énoncé décrit un changement pour un public précis, dans un délai donné, et il est mesurable.",
                                                },
                                                {
                                                    "text": "Imprimer 5 000 tracts sur la tolérance",
                                                    "correct": False,
                                                    "feedback": "C'est une réalisation : le décompte de ce qui a été produit, pas le changement recherché.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Quelles actions renforcent durablement les capacités des partenaires ?",
                                            "options": [
                                                {
                                                    "text": "Former les agents municipaux et les partenaires au travail avec les jeunes, les femmes et les minorités",
                                                    "correct": True,
                                                    "feedback": "Oui. Les participants à l'atelier de Rabat ont cité cette formation parmi les besoins de la région.",
                                                },
                                                {
                                                    "text": "Rejoindre, ou créer, un réseau local de prévention qui se réunit régulièrement",
                                                    "correct": True,
                                                    "feedback": "Oui. Les réseaux entretiennent les liens d'un projet à l'autre et répartissent la charge de travail.",
                                                },
                                                {
                                                    "text": "Financer un projet ponctuel sans rien prévoir pour l'après-subvention",
                                                    "correct": False,
                                                    "feedback": "L'expérience de Tripoli montre le risque : quand le financement s'arrête sans plan de relais, les acquis peuvent se perdre.",
                                                },
                                                {
                                                    "text": "Prévoir dès le départ comment un programme réussi sera financé dans la durée",
                                                    "correct": True,
                                                    "feedback": "Oui. Penser tôt à la pérennité, c'est protéger les résultats.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "true_false",
                                            "prompt": "Les indicateurs de réalisation suffisent à montrer qu'un programme de prévention fonctionne.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Les réalisations montrent ce qui a été fait, comme le nombre d'événements ou de personnes formées. Elles ne disent pas si les attitudes, la confiance ou les comportements ont évolué.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Il faut aussi des indicateurs de résultat pour voir ce qui a réellement changé.",
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
        {
            "slug": "response",
            "estimated_minutes": 14,
            "source": {
                "guidebook": "guide-for-mayors",
                "chapter": {
                    "ar": "الفصل الثالث: الاستجابة",
                    "en": "Chapter 3: Response",
                    "fr": "Chapitre 3 : Réponse",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
            },
            "ar": {
                "title": "الاستجابة",
                "objectives": [
                    "توضيح دور المدينة إلى جانب الجهات الوطنية المعنية بالاستجابة قبل وقوع أي أزمة.",
                    "التواصل مع الناجين ومع الرأي العام بطريقة تحمي الناس وتحافظ على الثقة.",
                    "التحرك بسرعة لمنع الأعمال الانتقامية ومزيد من الاستقطاب بعد أي حادثة.",
                ],
            },
            "en": {
                "title": "Response",
                "objectives": [
                    "Clarify the city's role alongside national responders before a crisis happens.",
                    "Communicate with survivors and the public in a way that protects people and preserves trust.",
                    "Act quickly to prevent retaliation and further polarisation after an incident.",
                ],
            },
            "fr": {
                "title": "Réponse",
                "objectives": [
                    "Clarifier, avant toute crise, le rôle de la ville aux côtés des services nationaux d'intervention.",
                    "Communiquer avec les victimes et le public d'une manière qui protège les personnes et préserve la confiance.",
                    "Agir vite pour prévenir les représailles et l'aggravation de la polarisation après un incident.",
                ],
            },
            "lessons": [
                {
                    "slug": "coordinating-with-national-responders",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "التنسيق مع الجهات الوطنية المعنية بالاستجابة",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>عندما يقع هجوم أو حادثة كراهية خطيرة، تتولى الشرطة والأجهزة الأمنية وخدمات الطوارئ الوطنية القيادة عادةً. لكن البلدية لا تغيب عن المشهد: فهي تدير مراكز الإيواء والمباني العامة، وتعرف أحياءها، وتدير الفضاء العام، وتدعم العائلات، وتخاطب السكان كل يوم. والسؤال هو: هل اتُّفق على هذه الأدوار مسبقًا، أم ستُرتجل في يوم الأزمة؟</p><h3>اتفقوا على الأدوار قبل الأزمة</h3><ul><li>اعرف نظراءك في الأجهزة الوطنية والجهوية، والتقِ بهم قبل أن تحتاج إليهم.</li><li>اتفقوا على من يُبلغ من، وعبر أي قناة، ومن يتحدث علنًا وعن ماذا.</li><li>وضّح ما تستطيع المدينة تقديمه: القاعات والموظفون والأخصائيون الاجتماعيون والبيانات عن السكان الأكثر هشاشة وقنوات التواصل.</li><li>اختبروا هذا الترتيب معًا، ولو بتمرين مكتبي بسيط.</li></ul><p>هذا هو التعاون بين المستويين الوطني والمحلي في صورته العملية. وقد عدّه المسؤولون في ورشة الرباط إحدى الحاجات الثلاث ذات الأولوية في المنطقة، بما في ذلك آليات لإعادة تأهيل العائدين وإعادة إدماجهم. وعلى المستوى الدولي، وضع المنتدى العالمي لمكافحة الإرهاب (GCTF) مذكرة تضم 13 ممارسة جيدة في التعاون بين المستويين الوطني والمحلي (2020)، ثم مجموعة أدوات (2023) تقوم على ستة محاور وتضم أكثر من 60 دراسة حالة وقائمة تحقق للتنفيذ، وهي متاحة بالعربية والفرنسية أيضًا.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "مذكرة المنتدى العالمي لمكافحة الإرهاب بشأن الممارسات الجيدة في التعاون بين المستويين الوطني والمحلي لمنع التطرف العنيف ومكافحته (2020) ومجموعة الأدوات (2023)",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "يقدّم العراق نموذجًا للتعاون المنظّم بين المستويين: لجان فرعية في المحافظات تنفّذ الاستراتيجية الوطنية، ولها بند في موازنة 2023، وترفع تقارير فصلية إلى اللجنة الوطنية (بحسب ما عُرض في ورشة الرباط، مارس/آذار 2023).",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "يختلف شكل التنسيق باختلاف وضع مدينتك.",
                                    "stable": "<p>استغلّ فترات الهدوء لبناء العلاقات: اجتماعات منتظمة مع النظراء الوطنيين، وقائمة اتصال مشتركة، وتمرين مشترك كل عام. وليركّز الاتفاق على الأدوار في مجالات التواصل ودعم الضحايا وحماية الفضاءات العامة.</p>",
                                    "fragile": "<p>من المرجّح أن تكون الأجهزة الأمنية مُنهكة، وأن تأتي السلامة الجسدية أولًا. اجعل الاتفاق قصيرًا وعمليًا: جهة اتصال محددة بالاسم، وقناة بديلة إذا انقطعت الشبكات، وتوزيع واضح للمهام في الإيواء والصحة والمعلومات. واحمِ موظفي البلدية، وتجنّب تكليفهم بأدوار قد تجعلهم أهدافًا.</p>",
                                    "post_conflict": "<p>قد تكون الثقة بين السكان والبلدية وقوات الأمن هشّة. لذلك ينبغي أن يشمل التنسيق طريقة استقبال العائدين ودعمهم، ومنهم عائلات المقاتلين الإرهابيين الأجانب، وكيف ستُبقي المدينة المجتمعات المحلية على اطلاع لتفادي الشائعات والوصم.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "هل مدينتك مستعدة للتنسيق؟",
                                    "items": [
                                        "لدينا جهات اتصال محددة بالاسم في الأجهزة الوطنية والجهوية المسؤولة عن الطوارئ والأمن.",
                                        "اتفقنا على من يتحدث باسم المدينة علنًا، ومتى.",
                                        "نعرف المباني والموظفين الذين يمكن تعبئتهم، ومن يتخذ القرار.",
                                        "لدينا قائمة محدّثة بالقادة المجتمعيين والشباب والقيادات الدينية الذين يمكننا الاتصال بهم.",
                                        "اختبرنا هذا الترتيب مرة واحدة على الأقل خلال العام الماضي.",
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Coordinating with national responders",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>When an attack or a serious hate incident happens, national police, security and emergency services usually take the lead. The municipality does not disappear: it runs shelters and public buildings, knows its neighbourhoods, manages public space, supports families and talks to residents every day. The question is whether these roles have been agreed in advance or will be improvised on the day.</p><h3>Agree roles before the crisis</h3><ul><li>Know your counterparts in the national and regional services, and meet them before you need them.</li><li>Agree who informs whom, through which channel, and who speaks publicly about what.</li><li>Spell out what the city can offer: venues, staff, social workers, data on vulnerable residents, communication channels.</li><li>Test the arrangement together, even with a simple table-top exercise.</li></ul><p>This is national–local cooperation (NLC) in practice. Officials at the Rabat workshop named it one of the region's three priority needs, including mechanisms for the rehabilitation and reintegration of returnees. Internationally, the Global Counterterrorism Forum (GCTF) has set out 13 good practices on NLC in a 2020 memorandum, followed by a 2023 toolkit built on six pillars, with more than 60 case studies and an implementation checklist, also available in Arabic and French.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "Good Practices Memorandum on National–Local Cooperation in P/CVE (2020) and NLC Toolkit (2023)",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "Iraq offers one model of structured NLC: governorate sub-committees that implement the national strategy, with a line in the 2023 budget and quarterly reports to the national committee (reported at the Rabat workshop, March 2023).",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "What coordination looks like depends on your city's situation.",
                                    "stable": "<p>Use calm periods to build relationships: regular meetings with national counterparts, a shared contact list and a joint exercise each year. Focus the agreement on roles in communication, support to victims and the protection of public spaces.</p>",
                                    "fragile": "<p>Security services are likely to be stretched, and physical safety comes first. Keep the agreement short and practical: a named contact, a fallback channel if networks go down, and a clear split of tasks for shelter, health and information. Protect municipal staff and avoid giving them roles that could make them targets.</p>",
                                    "post_conflict": "<p>Trust between residents, the municipality and the security forces may be fragile. Coordination should cover how returnees, including the families of foreign terrorist fighters, will be received and supported, and how the city will keep communities informed to head off rumours and stigma.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Is your city ready to coordinate?",
                                    "items": [
                                        "We have named contacts in the national and regional services responsible for emergencies and security.",
                                        "We have agreed who speaks publicly for the city, and when.",
                                        "We know which buildings and staff can be mobilised, and who decides.",
                                        "We keep an up-to-date list of community, youth and religious leaders we can call on.",
                                        "We have tested the arrangement at least once in the past year.",
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Se coordonner avec les services nationaux d'intervention",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Lorsqu'un attentat ou un grave incident de haine survient, la police, les services de sécurité et les secours nationaux prennent généralement la direction des opérations. La municipalité ne disparaît pas pour autant : elle gère des lieux d'accueil et des bâtiments publics, connaît ses quartiers, administre l'espace public, soutient les familles et parle chaque jour aux habitants. Toute la question est de savoir si ces rôles ont été convenus à l'avance ou s'ils seront improvisés le jour même.</p><h3>Convenir des rôles avant la crise</h3><ul><li>Connaissez vos homologues dans les services nationaux et régionaux, et rencontrez-les avant d'en avoir besoin.</li><li>Convenez de qui informe qui, par quel canal, et de qui s'exprime publiquement sur quoi.</li><li>Précisez ce que la ville peut apporter : salles, personnel, travailleurs sociaux, données sur les habitants vulnérables, canaux de communication.</li><li>Testez ce dispositif ensemble, ne serait-ce qu'au moyen d'un simple exercice sur table.</li></ul><p>Voilà ce qu'est, concrètement, la coopération entre l'échelon national et l'échelon local. Les responsables réunis à Rabat en ont fait l'un des trois besoins prioritaires de la région, y compris des mécanismes de réhabilitation et de réintégration des personnes de retour. Au niveau international, le Forum mondial de lutte contre le terrorisme (GCTF) a formulé 13 bonnes pratiques sur cette coopération dans un mémorandum de 2020, complété en 2023 par une boîte à outils organisée en six piliers, avec plus de 60 études de cas et une liste de contrôle pour la mise en œuvre, disponible aussi en arabe et en français.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "gctf-nlc",
                                    "chapter": "Mémorandum de bonnes pratiques du GCTF sur la coopération nationale-locale en matière de prévention et de lutte contre l'extrémisme violent (2020) et boîte à outils (2023)",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "case_study",
                                "value": {
                                    "case_study": "iraq-local-prevention-subcommittees",
                                    "note": "L'Irak offre un modèle de coopération structurée : des sous-comités de gouvernorat qui mettent en œuvre la stratégie nationale, avec une ligne budgétaire en 2023 et des rapports trimestriels au comité national (présenté à l'atelier de Rabat, mars 2023).",
                                },
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "La forme de la coordination dépend de la situation de votre ville.",
                                    "stable": "<p>Profitez des périodes calmes pour tisser des liens : réunions régulières avec vos homologues nationaux, liste de contacts partagée, exercice commun chaque année. Centrez l'accord sur les rôles de chacun en matière de communication, d'aide aux victimes et de protection des espaces publics.</p>",
                                    "fragile": "<p>Les services de sécurité seront probablement débordés, et la sécurité physique passe avant tout. Faites un accord court et pratique : un contact nommément désigné, un canal de secours si les réseaux tombent, une répartition claire des tâches pour l'hébergement, la santé et l'information. Protégez les agents municipaux et évitez de leur confier des rôles qui pourraient en faire des cibles.</p>",
                                    "post_conflict": "<p>La confiance entre les habitants, la municipalité et les forces de sécurité est parfois fragile. La coordination doit prévoir l'accueil et l'accompagnement des personnes de retour, y compris les familles de combattants terroristes étrangers, ainsi que la manière dont la ville tiendra les communautés informées pour désamorcer rumeurs et stigmatisation.</p>",
                                },
                            },
                            {
                                "type": "checklist",
                                "value": {
                                    "title": "Votre ville est-elle prête à se coordonner ?",
                                    "items": [
                                        "Nous avons des contacts nommément désignés dans les services nationaux et régionaux chargés des urgences et de la sécurité.",
                                        "Nous avons convenu de qui s'exprime publiquement au nom de la ville, et à quel moment.",
                                        "Nous savons quels bâtiments et quels agents peuvent être mobilisés, et qui en décide.",
                                        "Nous tenons à jour une liste de responsables communautaires, associatifs, religieux et de jeunes à qui faire appel.",
                                        "Nous avons testé ce dispositif au moins une fois au cours de l'année écoulée.",
                                    ],
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "survivors-public-and-retaliation",
                    "estimated_minutes": 7,
                    "required": True,
                    "ar": {
                        "title": "بعد الحادثة: الناجون والرأي العام وخطر الانتقام",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>في الساعات التي تلي هجومًا أو جريمة كراهية، يمكن لما يقوله رئيس البلدية وما يفعله أن يهدّئ المدينة أو أن يزيد انقسامها. وثمة جمهوران يستحقان الاهتمام منذ اللحظة الأولى: الناجون وعائلاتهم، والرأي العام.</p><h3>الناجون وعائلاتهم أولًا</h3><ul><li>احرص على أن يتلقّوا معلومات دقيقة قبل وسائل الإعلام، من شخص محدد مكلّف بالتواصل معهم.</li><li>نسّق الدعم العملي: الرعاية الصحية والنفسية والسكن والمساعدة في الإجراءات الإدارية.</li><li>احترم خصوصيتهم ورغباتهم بشأن مراسم التأبين والفعاليات العامة.</li></ul><h3>الرأي العام</h3><p>تحدّث مبكرًا حتى لو كان ما لديك قليلًا، ولا تقل إلا ما تأكّد. اشرح ما تفعله المدينة، وأين يجد الناس المساعدة، وكيف يتحققون من المعلومات. وأظهِر أن المدينة متماسكة.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "كلمات قد تزيد الأمور سوءًا",
                                    "text": "<p>تجنّب التكهّن بأصل الجناة أو دينهم، أو تحميل جماعة بعينها المسؤولية. فالتعميم قد يعرّض سكانًا أبرياء للعداء، ويمنح المتطرفين الانقسام الذي يسعون إليه.</p>",
                                },
                            },
                            {"type": "heading", "value": "منع الأعمال الانتقامية"},
                            {
                                "type": "rich_text",
                                "value": "<p>كثيرًا ما تُصمَّم الهجمات لاستفزاز ردّ فعل. والانتقام من جماعة يُنظر إليها على أنها مرتبطة بالجناة يغذّي دوّامة الاستقطاب. ويستطيع رئيس البلدية أن:</p><ul><li>يزور المجتمعات الأكثر عرضة للانتقام ويطمئنها، برفقة قادة محليين آخرين؛</li><li>يعمل مع الشرطة على حماية دور العبادة والمدارس والمحال التي قد تُستهدف؛</li><li>يرصد الشائعات وخطاب الكراهية على الإنترنت ويردّ عليها بسرعة بالحقائق؛</li><li>يجمع القيادات الدينية والشبابية والمجتمعية لتتحدث بصوت واحد.</li></ul><p>ولاستجابة الدولة نفسها أهمية كبيرة أيضًا. فقد خلص بحث «رحلة إلى التطرف في أفريقيا» الصادر عن برنامج الأمم المتحدة الإنمائي (2017، ومتابعته في 2023 التي شملت أكثر من 2000 مستجيب في ثمانية بلدان) إلى أن تصرّفات الدولة قد تكون نقطة التحوّل نحو التطرف العنيف. فالإجراءات القاسية أو الجائرة بعد حادثة ما قد تدفع الناس نحو الجماعات التي تريد إيقافها.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "حين يُساء إلى الناس باسم الأمن، فإننا نغذّي المشكلة ذاتها التي نحاول منعها.",
                                    "speaker": "مسؤول بلدي من المنطقة (خلاصة لعدة آراء)",
                                    "role": "آراء طُرحت في ورشة الرباط، مارس/آذار 2023 (بتصرّف)",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "undp-journey-to-extremism",
                                    "chapter": "النتائج المتعلقة بالعوامل الاجتماعية والاقتصادية وبتصرّفات الدولة كنقطة تحوّل",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "اختبر فهمك",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "بعد الهجوم، ينبغي لرئيس البلدية أن ينتظر حتى تتضح كل الحقائق قبل أن يقول أي شيء علنًا.",
                                            "options": [
                                                {
                                                    "text": "صحيح",
                                                    "correct": False,
                                                    "feedback": "الصمت يترك المجال للشائعات والتضليل. تحدّث مبكرًا، ولا تقل إلا ما تأكّد، واشرح ما تفعله المدينة.",
                                                },
                                                {
                                                    "text": "خطأ",
                                                    "correct": True,
                                                    "feedback": "صحيح. التصريح المبكر والحذر، المقتصر على الحقائق المؤكدة، يساعد على منع الشائعات ويُظهر القيادة.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "أيّ إجراء يساعد أكثر من غيره على منع الأعمال الانتقامية بعد الهجوم؟",
                                            "options": [
                                                {
                                                    "text": "تسمية الجماعة التي يُعتقد أن الجناة ينتمون إليها علنًا",
                                                    "correct": False,
                                                    "feedback": "هذا يعرّض سكانًا أبرياء للانتقام، ويعمّق الانقسامات التي يسعى إليها المتطرفون.",
                                                },
                                                {
                                                    "text": "زيارة المجتمعات المعرّضة للانتقام برفقة قادة محليين آخرين، وطلب حماية الشرطة للمواقع الحساسة",
                                                    "correct": True,
                                                    "feedback": "صحيح. التضامن الظاهر والحماية يقلّلان خطر الانتقام، ويُظهران أن المدينة تحمي الجميع.",
                                                },
                                                {
                                                    "text": "إلغاء جميع التجمعات العامة في المدينة لعدة أسابيع",
                                                    "correct": False,
                                                    "feedback": "قد تلزم بعض التدابير المؤقتة لأسباب أمنية، لكن الحظر الشامل والطويل قد يزيد العزلة والإحباط. اتبع توجيهات الأجهزة الأمنية، وحافظ على الحياة المجتمعية حيثما أمكن.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "ما الذي ينبغي أن يحصل عليه الناجون وعائلاتهم من البلدية؟",
                                            "options": [
                                                {
                                                    "text": "معلومات دقيقة من شخص محدد مكلّف بالتواصل معهم، قبل أن تظهر في وسائل الإعلام",
                                                    "correct": True,
                                                    "feedback": "نعم. تلقّي الأخبار من وسائل الإعلام أولًا يضاعف الصدمة ويضعف الثقة.",
                                                },
                                                {
                                                    "text": "دعم عملي منسّق: الرعاية الصحية والنفسية والسكن والإجراءات الإدارية",
                                                    "correct": True,
                                                    "feedback": "نعم. غالبًا ما تكون البلدية في أفضل موقع لتنسيق هذه الخدمات.",
                                                },
                                                {
                                                    "text": "دعوة إلى التحدث في مؤتمر صحفي في اليوم التالي",
                                                    "correct": False,
                                                    "feedback": "قد يعرّض ذلك أشخاصًا تحت وقع الصدمة لضغط كبير. أي دور علني يجب أن يكون باختيارهم وفي الوقت الذي يناسبهم.",
                                                },
                                                {
                                                    "text": "احترام خصوصيتهم ورغباتهم بشأن مراسم التأبين",
                                                    "correct": True,
                                                    "feedback": "نعم. ينبغي أن تُرشد رغبات الناجين الطريقة التي تُحيي بها المدينة الذكرى.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "After an incident: survivors, the public and the risk of retaliation",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>In the hours after an attack or a hate crime, what the mayor says and does can calm a city or divide it further. Two audiences need attention from the very first moment: survivors and their families, and the wider public.</p><h3>Survivors and families first</h3><ul><li>Make sure they receive accurate information before the media do, from a named contact person.</li><li>Coordinate practical support: health and psychological care, housing, help with paperwork.</li><li>Respect their privacy and their wishes about memorials and public events.</li></ul><h3>The public</h3><p>Speak early, even if you have little to say, and say only what has been confirmed. Explain what the city is doing, where people can find help and how they can check information. Show that the city stands together.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Words that can make things worse",
                                    "text": "<p>Do not speculate about the perpetrators' origin or religion, or point to a community as responsible. Generalisations can expose innocent residents to hostility and hand extremists the division they are looking for.</p>",
                                },
                            },
                            {"type": "heading", "value": "Preventing retaliation"},
                            {
                                "type": "rich_text",
                                "value": "<p>Attacks are often designed to provoke a backlash. Retaliation against a group seen as linked to the perpetrators feeds the cycle of polarisation. A mayor can:</p><ul><li>visit and reassure the communities most at risk of reprisals, together with other local leaders;</li><li>work with the police to protect places of worship, schools and shops that may be targeted;</li><li>monitor rumours and hate speech online, and answer them quickly with facts;</li><li>bring faith, youth and community leaders together to speak with one voice.</li></ul><p>How the state itself responds matters too. UNDP's <em>Journey to Extremism in Africa</em> research (2017, with a 2023 follow-up covering more than 2,000 respondents in eight countries) found that state action can be the tipping point into violent extremism. Heavy-handed or unfair measures after an incident can push people toward the very groups you want to stop.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "When people are mistreated in the name of security, we feed the very problem we are trying to prevent.",
                                    "speaker": "A municipal official from the region (composite)",
                                    "role": "Views shared at the Rabat workshop, March 2023 (paraphrased)",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "undp-journey-to-extremism",
                                    "chapter": "Findings on socio-economic drivers and on state action as a tipping point",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Check your understanding",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "After an attack, the mayor should wait until all the facts are known before saying anything in public.",
                                            "options": [
                                                {
                                                    "text": "True",
                                                    "correct": False,
                                                    "feedback": "Silence leaves room for rumours and disinformation. Speak early, say only what is confirmed, and explain what the city is doing.",
                                                },
                                                {
                                                    "text": "False",
                                                    "correct": True,
                                                    "feedback": "Correct. An early, careful statement limited to confirmed facts helps prevent rumours and shows leadership.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Which action does most to prevent retaliation after an attack?",
                                            "options": [
                                                {
                                                    "text": "Publicly naming the community the perpetrators are believed to come from",
                                                    "correct": False,
                                                    "feedback": "This exposes innocent residents to reprisals and deepens the divisions that extremists seek.",
                                                },
                                                {
                                                    "text": "Visiting communities at risk of reprisals with other local leaders, and asking the police to protect sensitive sites",
                                                    "correct": True,
                                                    "feedback": "Correct. Visible solidarity and protection reduce the risk of reprisals and show that the city protects everyone.",
                                                },
                                                {
                                                    "text": "Cancelling all public gatherings in the city for several weeks",
                                                    "correct": False,
                                                    "feedback": "Some temporary measures may be needed for safety, but a long blanket ban can deepen isolation and frustration. Follow security advice and keep community life going where you can.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "What should survivors and families receive from the municipality?",
                                            "options": [
                                                {
                                                    "text": "Accurate information from a named contact, before it appears in the media",
                                                    "correct": True,
                                                    "feedback": "Yes. Learning the news from the media first adds to the trauma and erodes trust.",
                                                },
                                                {
                                                    "text": "Coordinated practical support: health and psychological care, housing and paperwork",
                                                    "correct": True,
                                                    "feedback": "Yes. The municipality is often best placed to coordinate these services.",
                                                },
                                                {
                                                    "text": "An invitation to speak at a press conference the next day",
                                                    "correct": False,
                                                    "feedback": "This can put people in shock under heavy pressure. Any public role should be their own choice, in their own time.",
                                                },
                                                {
                                                    "text": "Respect for their privacy and their wishes about memorials",
                                                    "correct": True,
                                                    "feedback": "Yes. Survivors' wishes should guide how the city remembers.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Après un incident : les victimes, le public et le risque de représailles",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Dans les heures qui suivent un attentat ou un crime de haine, ce que dit et fait le maire peut apaiser la ville ou la diviser davantage. Deux publics appellent une attention immédiate : les victimes et leurs proches, et l'ensemble de la population.</p><h3>D'abord les victimes et leurs proches</h3><ul><li>Veillez à ce qu'ils reçoivent une information exacte avant les médias, par un interlocuteur nommément désigné.</li><li>Coordonnez le soutien concret : soins médicaux et psychologiques, logement, aide aux démarches administratives.</li><li>Respectez leur vie privée et leurs souhaits concernant les hommages et les cérémonies publiques.</li></ul><h3>La population</h3><p>Prenez la parole tôt, même si vous avez peu à dire, et ne dites que ce qui est confirmé. Expliquez ce que fait la ville, où trouver de l'aide et comment vérifier une information. Montrez que la ville fait front commun.</p>",
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "caution",
                                    "title": "Des mots qui peuvent aggraver la situation",
                                    "text": "<p>Ne spéculez pas sur l'origine ou la religion des auteurs, et ne désignez aucune communauté comme responsable. Les amalgames exposent des habitants innocents à l'hostilité et offrent aux extrémistes la division qu'ils recherchent.</p>",
                                },
                            },
                            {"type": "heading", "value": "Prévenir les représailles"},
                            {
                                "type": "rich_text",
                                "value": "<p>Les attentats visent souvent à provoquer une réaction. Des représailles contre un groupe perçu comme lié aux auteurs alimentent le cercle vicieux de la polarisation. Un maire peut :</p><ul><li>se rendre auprès des communautés les plus exposées aux représailles pour les rassurer, aux côtés d'autres responsables locaux ;</li><li>travailler avec la police à la protection des lieux de culte, des écoles et des commerces susceptibles d'être visés ;</li><li>surveiller les rumeurs et les discours de haine en ligne, et y répondre vite par des faits ;</li><li>réunir responsables religieux, associatifs et jeunes pour qu'ils parlent d'une seule voix.</li></ul><p>La réponse de l'État compte aussi. L'étude du PNUD <em>Journey to Extremism in Africa</em> (2017, suivie en 2023 d'une nouvelle enquête auprès de plus de 2 000 personnes dans huit pays) montre que l'action de l'État peut être le point de bascule vers l'extrémisme violent. Des mesures brutales ou injustes après un incident peuvent pousser des personnes vers les groupes mêmes que l'on veut arrêter.</p>",
                            },
                            {
                                "type": "quote",
                                "value": {
                                    "text": "Quand on maltraite des gens au nom de la sécurité, on nourrit le problème même que l'on cherche à prévenir.",
                                    "speaker": "Un responsable municipal de la région (propos composites)",
                                    "role": "Points de vue exprimés à l'atelier de Rabat, mars 2023 (propos reformulés)",
                                },
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "undp-journey-to-extremism",
                                    "chapter": "Constats sur les facteurs socio-économiques et sur l'action de l'État comme point de bascule",
                                    "page": None,
                                    "url": "",
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "true_false",
                                            "prompt": "Après un attentat, le maire doit attendre que tous les faits soient établis avant de s'exprimer publiquement.",
                                            "options": [
                                                {
                                                    "text": "Vrai",
                                                    "correct": False,
                                                    "feedback": "Le silence laisse le champ libre aux rumeurs et à la désinformation. Exprimez-vous tôt, ne dites que ce qui est confirmé et expliquez ce que fait la ville.",
                                                },
                                                {
                                                    "text": "Faux",
                                                    "correct": True,
                                                    "feedback": "Exact. Une déclaration rapide et prudente, limitée aux faits confirmés, aide à couper court aux rumeurs et témoigne d'un vrai leadership.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "single",
                                            "prompt": "Quelle action contribue le plus à prévenir les représailles après un attentat ?",
                                            "options": [
                                                {
                                                    "text": "Nommer publiquement la communauté dont les auteurs seraient issus",
                                                    "correct": False,
                                                    "feedback": "Cela expose des habitants innocents aux représailles et creuse les divisions que recherchent les extrémistes.",
                                                },
                                                {
                                                    "text": "Se rendre, avec d'autres responsables locaux, auprès des communautés menacées de représailles et demander à la police de protéger les sites sensibles",
                                                    "correct": True,
                                                    "feedback": "Exact. Une solidarité visible et une protection concrète réduisent le risque de représailles et montrent que la ville protège tout le monde.",
                                                },
                                                {
                                                    "text": "Annuler tous les rassemblements publics de la ville pendant plusieurs semaines",
                                                    "correct": False,
                                                    "feedback": "Certaines mesures temporaires peuvent être nécessaires pour la sécurité, mais une interdiction générale et prolongée risque d'accroître l'isolement et la frustration. Suivez les consignes de sécurité et maintenez la vie collective autant que possible.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Que doivent recevoir les victimes et leurs proches de la part de la municipalité ?",
                                            "options": [
                                                {
                                                    "text": "Une information exacte, par un interlocuteur désigné, avant sa parution dans les médias",
                                                    "correct": True,
                                                    "feedback": "Oui. Apprendre la nouvelle par les médias ajoute au traumatisme et mine la confiance.",
                                                },
                                                {
                                                    "text": "Un soutien concret et coordonné : soins médicaux et psychologiques, logement, démarches",
                                                    "correct": True,
                                                    "feedback": "Oui. La municipalité est souvent la mieux placée pour coordonner ces services.",
                                                },
                                                {
                                                    "text": "Une invitation à prendre la parole lors d'une conférence de presse le lendemain",
                                                    "correct": False,
                                                    "feedback": "Cela peut soumettre des personnes sous le choc à une forte pression. Tout rôle public doit relever de leur choix, à leur rythme.",
                                                },
                                                {
                                                    "text": "Le respect de leur vie privée et de leurs souhaits concernant les hommages",
                                                    "correct": True,
                                                    "feedback": "Oui. Les souhaits des victimes doivent guider la manière dont la ville honore leur mémoire.",
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
        {
            "slug": "choosing-a-strategy",
            "estimated_minutes": 16,
            "source": {
                "guidebook": "guide-for-mayors",
                "chapter": {
                    "ar": "أسئلة التأمل الختامية",
                    "en": "Closing reflection questions",
                    "fr": "Questions de réflexion finales",
                },
                "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
            },
            "ar": {
                "title": "اختيار الاستراتيجية وقيادتها",
                "objectives": [
                    "تقييم نقاط القوة والثغرات في مدينتك في مجالات الاستعداد والوقاية والاستجابة.",
                    "اختيار عدد قليل من الأولويات التي تلائم سياق مدينتك.",
                    "إرساء القيادة والمتابعة اللتين تضمنان استمرار استراتيجية الوقاية.",
                ],
            },
            "en": {
                "title": "Choosing a strategy and leading it",
                "objectives": [
                    "Assess your city's strengths and gaps across preparation, prevention and response.",
                    "Choose a small number of priorities that fit your city's context.",
                    "Put in place the leadership and follow-up that keep a prevention strategy alive.",
                ],
            },
            "fr": {
                "title": "Choisir une stratégie et la porter",
                "objectives": [
                    "Évaluer les forces et les lacunes de votre ville en matière de préparation, de prévention et de réponse.",
                    "Choisir un petit nombre de priorités adaptées au contexte de votre ville.",
                    "Mettre en place le pilotage et le suivi qui font vivre une stratégie de prévention.",
                ],
            },
            "lessons": [
                {
                    "slug": "self-assessment",
                    "estimated_minutes": 8,
                    "required": True,
                    "ar": {
                        "title": "تقييم ذاتي: أين تقف مدينتك؟",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>يُختتم «دليل لرؤساء البلديات» بمجموعة من أسئلة التأمل الموجّهة إلى القادة المحليين. ويقدّم هذا الدرس تقييمًا ذاتيًا مستوحى منها، صغناه بكلماتنا. لا توجد إجابات صحيحة وأخرى خاطئة. خصّص عشر دقائق، ويُفضَّل أن يكون معك نائبك أو أحد كبار مستشاريك، وأجب بصراحة. ستوجّه ملاحظاتك الخيارات التي ستتخذها في الدرس التالي.</p><p>لكل سؤال، أعطِ مدينتك تقديرًا سريعًا: <strong>قائم</strong> أو <strong>قائم جزئيًا</strong> أو <strong>غير قائم بعد</strong>، ثم اكتب خطوة تالية واحدة ملموسة.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "أسئلة التأمل الختامية",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "اجعله تمرينًا جماعيًا",
                                    "text": "<p>كرّر هذا التقييم مرة كل عام مع شركائك في الوقاية. فمقارنة الإجابات عبر الزمن طريقة بسيطة لقياس التقدم.</p>",
                                },
                            },
                            {"type": "heading", "value": "الاستعداد"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "هل لديك ولدى فريقك صورة مشتركة، قائمة على الأدلة، عن مخاطر الكراهية والتطرف والاستقطاب في مدينتك، بما في ذلك الأطراف والمناطق الريفية أو الحدودية؟ من أين تأتي هذه الصورة، وما الذي ينقصها؟",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "من المسؤول عن الوقاية في إدارتك؟ وهل يملك الوقت والمهارات والتفويض اللازم للقيام بها؟",
                                },
                            },
                            {"type": "heading", "value": "الوقاية"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "ما الفئات في مدينتك الأقل شعورًا بأنها حاضرة في هوية المدينة وخدماتها وقراراتها؟ وما الخطوة الواحدة التي من شأنها أن تغيّر ذلك خلال الأشهر الستة المقبلة؟",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "كيف يشارك الشباب اليوم في قرارات بلديتك: كجمهور، أم كطرف يُستشار، أم كشركاء لهم تأثير حقيقي؟",
                                },
                            },
                            {"type": "heading", "value": "الاستجابة"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "لو وقعت حادثة خطيرة غدًا، هل تعرف بمن تتصل في الأجهزة الوطنية، ومن يتحدث باسم المدينة، وكيف ستصل إلى المجتمعات الأكثر عرضة للانتقام؟",
                                },
                            },
                            {"type": "heading", "value": "الشراكات والمتابعة"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "ما الآليات القائمة اليوم للتنسيق مع الجهات الوطنية في ملفات الوقاية وإعادة الإدماج؟ وما الذي تحتاجه منها ولا تحصل عليه بعد؟",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "هل تعتمد جهود الوقاية في مدينتك على تمويل خارجي قد ينتهي؟ ماذا سيبقى قائمًا لو توقّف غدًا؟",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "راجع إجاباتك كلها. ما البنود الثلاثة المصنّفة «غير قائم بعد» الأهم بالنسبة إلى مدينتك؟ دوّنها، فستحتاج إليها في الدرس التالي.",
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Self-assessment: where does your city stand?",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p><em>A Guide for Mayors</em> closes with a set of reflection questions for local leaders. This lesson offers a self-assessment inspired by them, written in our own words. There are no right or wrong answers. Set aside ten minutes, ideally with a deputy or a senior adviser, and answer honestly. Your notes will guide the choices you make in the next lesson.</p><p>For each question, give your city a quick rating: <strong>in place</strong>, <strong>partly in place</strong> or <strong>not yet</strong>, then write down one concrete next step.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "Closing reflection questions",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Make it a team exercise",
                                    "text": "<p>Repeat this self-assessment once a year with your prevention partners. Comparing your answers over time is a simple way to see progress.</p>",
                                },
                            },
                            {"type": "heading", "value": "Preparation"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Do you and your team share an evidence-based picture of the risks of hate, extremism and polarisation in your city, including its outskirts and any rural or border areas? Where does that picture come from, and what is missing from it?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Who in your administration is responsible for prevention? Do they have the time, the skills and the mandate to do it?",
                                },
                            },
                            {"type": "heading", "value": "Prevention"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Which groups in your city are least likely to see themselves in the city's identity, services and decisions? What one step could change that in the next six months?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "How do young people take part in your municipality's decisions today: as an audience, as people who are consulted, or as partners with real influence?",
                                },
                            },
                            {"type": "heading", "value": "Response"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "If a serious incident happened tomorrow, would you know whom to call in the national services, who speaks for the city, and how you would reach the communities most at risk of retaliation?",
                                },
                            },
                            {"type": "heading", "value": "Partnerships and follow-through"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "What arrangements exist today for working with national authorities on prevention and reintegration? What do you need from them that you are not yet getting?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Does prevention work in your city depend on outside funding that could end? What would still be running if it stopped tomorrow?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Look back over all your answers. Which three “not yet” items matter most for your city? Write them down: you will need them in the next lesson.",
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Auto-évaluation : où en est votre ville ?",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p><em>A Guide for Mayors</em> se termine par une série de questions de réflexion destinées aux responsables locaux. Cette leçon vous propose une auto-évaluation qui s'en inspire, formulée avec nos propres mots. Il n'y a ni bonne ni mauvaise réponse. Prenez dix minutes, idéalement avec un adjoint ou un proche conseiller, et répondez franchement. Vos notes guideront les choix que vous ferez dans la leçon suivante.</p><p>Pour chaque question, attribuez à votre ville une note rapide : <strong>en place</strong>, <strong>partiellement en place</strong> ou <strong>pas encore</strong>, puis notez une prochaine étape concrète.</p>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "guide-for-mayors",
                                    "chapter": "Questions de réflexion finales",
                                    "page": None,
                                    "url": "https://strongcitiesnetwork.org/resource/a-guide-for-mayors/",
                                },
                            },
                            {
                                "type": "callout",
                                "value": {
                                    "kind": "tip",
                                    "title": "Faites-en un exercice d'équipe",
                                    "text": "<p>Renouvelez cette auto-évaluation chaque année avec vos partenaires de prévention. Comparer vos réponses d'une année sur l'autre est un moyen simple de mesurer les progrès.</p>",
                                },
                            },
                            {"type": "heading", "value": "Préparation"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Votre équipe et vous partagez-vous une lecture des risques de haine, d'extrémisme et de polarisation dans votre ville, fondée sur des données et couvrant aussi la périphérie et les zones rurales ou frontalières ? D'où vient cette lecture, et qu'y manque-t-il ?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Qui est chargé de la prévention dans votre administration ? Cette personne a-t-elle le temps, les compétences et le mandat nécessaires ?",
                                },
                            },
                            {"type": "heading", "value": "Prévention"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Quels groupes de votre ville ont le moins de chances de se reconnaître dans son identité, ses services et ses décisions ? Quelle mesure pourrait changer cela au cours des six prochains mois ?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Comment les jeunes participent-ils aujourd'hui aux décisions de votre municipalité : comme public, comme personnes consultées, ou comme partenaires ayant une réelle influence ?",
                                },
                            },
                            {"type": "heading", "value": "Réponse"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Si un incident grave survenait demain, sauriez-vous qui appeler dans les services nationaux, qui s'exprime au nom de la ville, et comment joindre les communautés les plus exposées aux représailles ?",
                                },
                            },
                            {"type": "heading", "value": "Partenariats et suivi"},
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Quels dispositifs existent aujourd'hui pour travailler avec les autorités nationales sur la prévention et la réintégration ? Qu'attendez-vous d'elles que vous n'obtenez pas encore ?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Les actions de prévention de votre ville dépendent-elles de financements extérieurs susceptibles de s'arrêter ? Que resterait-il si ces financements s'arrêtaient demain ?",
                                },
                            },
                            {
                                "type": "reflection",
                                "value": {
                                    "prompt": "Relisez l'ensemble de vos réponses. Quels sont les trois points « pas encore » les plus importants pour votre ville ? Notez-les : vous en aurez besoin dans la leçon suivante.",
                                },
                            },
                        ],
                    },
                },
                {
                    "slug": "choosing-priorities-and-leading",
                    "estimated_minutes": 8,
                    "required": True,
                    "ar": {
                        "title": "اختيار الأولويات حسب سياقك، وقيادة الاستراتيجية",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>لا تستطيع أي مدينة أن تفعل كل شيء في آن واحد. الهدف هو عدد قليل من الأولويات التي تستجيب لنتائج تقييمك الذاتي، وتقدر مدينتك فعلًا على تنفيذها، ويدعمها الشركاء. وتساعدك ثلاثة أسئلة على تقليص القائمة:</p><ul><li><strong>الإلحاح</strong>: ما المخاطر الأشد إلحاحًا على سلامة السكان وتماسكهم؟</li><li><strong>القدرة على التأثير</strong>: أين تملك البلدية أكبر قدر من التحكم أو التأثير المباشر؟</li><li><strong>الدعم</strong>: مَن مِن الشركاء، الوطنيين والمحليين، مستعد للعمل معك؟</li></ul><p>والسياق حاسم. فقد شدّد المشاركون في ورشة الرباط على أن المدن المستقرة تستطيع العمل على العوامل البعيدة المدى، في حين تضطر المدن المتأثرة بالنزاعات في الغالب إلى تقديم السلامة الجسدية الفورية على ما سواها. ولا بد أن تتكيّف التوجيهات مع ذلك.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "من أين تبدأ، بحسب سياق مدينتك:",
                                    "stable": "<p>استثمر في العوامل البعيدة المدى، مثل بطالة الشباب أو الإقصاء أو الآثار المحلية لتغيّر المناخ. أنشئ شبكة وقاية محلية، وأدرج الوقاية في التعليم والرياضة والثقافة، وأوجد قنوات دائمة لمشاركة الشباب، كمجلس للشباب.</p>",
                                    "fragile": "<p>ابدأ بالسلامة والخدمات الأساسية، واحمِ موظفيك وشركاءك. اجعل الأولويات قليلة وواقعية: معلومات موثوقة للسكان، ودعم للنازحين، وفضاءات آمنة للشباب. واعمل عن قرب مع الشركاء الوطنيين لتحديد ما تستطيع المدينة فعله وما لا تستطيعه.</p>",
                                    "post_conflict": "<p>ركّز على إعادة بناء الثقة وعلى إعادة الإدماج: وصول عادل إلى الخدمات لجميع المجتمعات، ودعم العائدين والمحتجزين السابقين بالتعاون مع الشركاء الوطنيين، وجهود ظاهرة لإعادة الاعتبار إلى المناطق المهمّشة. وخطّط للاستدامة منذ البداية حتى لا تتوقف البرامج بانتهاء التمويل الخارجي.</p>",
                                },
                            },
                            {"type": "heading", "value": "قيادة الاستراتيجية"},
                            {
                                "type": "rich_text",
                                "value": "<p>لا تصبح الأولويات استراتيجية إلا حين يتولاها أحد. وتصف مجموعة أدوات الشبكة لبناء إطار وقاية محلي متعدد الأطراف مسارًا يبدأ بمجموعة قيادية ثم يتطور إلى فريق للوقاية في المدينة يجتمع مرة كل ثلاثة أشهر على الأقل، ويستند إلى دليل للجهات المعنية وخطة للرصد والتقييم. ودورك بصفتك رئيسًا للبلدية أن:</p><ul><li>تمنح الاستراتيجية دعمًا سياسيًا ظاهرًا، وتعيّن مسؤولًا عنها بالاسم في إدارتك؛</li><li>تؤمّن لها بندًا في الميزانية، ولو كان متواضعًا، حتى لا يتوقف العمل على مشروع واحد؛</li><li>تُشرك الشباب بوصفهم شركاء، من خلال مجلس للشباب مثلًا أو منح صغيرة لمبادراتهم، كما في نموذج «المدن الشابة»؛</li><li>تراجع التقدم بانتظام في ضوء مؤشرات المخرجات والنتائج، وتطلع السكان على النتائج.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "نموذجنا",
                                    "page": None,
                                    "url": "https://youngcities.com/our-model",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "أهم الخلاصات",
                                    "items": [
                                        "اختر أولويات قليلة على أساس الإلحاح والقدرة على التأثير والدعم المتاح.",
                                        "تكيّف مع سياقك: العوامل البعيدة المدى في المدن المستقرة، والسلامة أولًا في المدن الهشّة، والثقة وإعادة الإدماج بعد النزاع.",
                                        "امنح الاستراتيجية مسؤولًا وميزانية ومراجعة منتظمة، وتعامل مع الشباب بوصفهم شركاء.",
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
                                            "prompt": "مدينة في منطقة متأثرة بالنزاع، عدد موظفيها محدود والحوادث الأمنية فيها متكررة. أيّ أولوية أولى تناسبها أكثر؟",
                                            "options": [
                                                {
                                                    "text": "خطة عشرية حول الآثار المحلية لتغيّر المناخ",
                                                    "correct": False,
                                                    "feedback": "للعوامل البعيدة المدى أهميتها، لكن السلامة الفورية والخدمات الأساسية تأتي أولًا في العادة في السياقات المتأثرة بالنزاع.",
                                                },
                                                {
                                                    "text": "معلومات موثوقة للسكان وفضاءات آمنة للشباب، بالتنسيق مع الشركاء الوطنيين",
                                                    "correct": True,
                                                    "feedback": "صحيح. فهي أولوية واقعية تلبّي حاجات فورية وتبني ثقة يمكن أن يستند إليها العمل اللاحق.",
                                                },
                                                {
                                                    "text": "مهرجان ثقافي كبير لتعزيز التعايش",
                                                    "correct": False,
                                                    "feedback": "قد تفيد الفعاليات، لكنها من دون حدّ أدنى من السلامة والثقة قد تعرّض المشاركين للخطر ولا تحقق الكثير.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "أيّ الخطوات التالية تساعد استراتيجية الوقاية على الاستمرار بعد انتهاء مشروع بعينه؟",
                                            "options": [
                                                {
                                                    "text": "مسؤول محدد بالاسم في الإدارة",
                                                    "correct": True,
                                                    "feedback": "نعم. من دون مسؤول عنها، تتبدّد الأولويات.",
                                                },
                                                {
                                                    "text": "فريق من الشركاء يجتمع مرة كل ثلاثة أشهر على الأقل",
                                                    "correct": True,
                                                    "feedback": "نعم. تُبقي الاجتماعات المنتظمة الشركاء منخرطين وتتيح تصحيح المسار.",
                                                },
                                                {
                                                    "text": "بند مخصص في ميزانية البلدية",
                                                    "correct": True,
                                                    "feedback": "نعم. حتى الميزانية الصغيرة الثابتة تقلّل الاعتماد على التمويل الخارجي.",
                                                },
                                                {
                                                    "text": "الاعتماد على منحة خارجية واحدة لتمويل جميع الأنشطة",
                                                    "correct": False,
                                                    "feedback": "تُظهر تجربة طرابلس الخطر: حين انتهى التمويل، تضرّرت الاستدامة.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "en": {
                        "title": "Choosing priorities for your context, and leading the strategy",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>No city can do everything at once. The aim is a few priorities that respond to your self-assessment, that your city can actually deliver and that partners will support. Three questions help narrow the list:</p><ul><li><strong>Urgency</strong>: which risks weigh most heavily on residents' safety and cohesion?</li><li><strong>Leverage</strong>: where does the municipality have the most direct control or influence?</li><li><strong>Support</strong>: which partners, national and local, are ready to act with you?</li></ul><p>Context is decisive. Participants at the Rabat workshop stressed that stable cities can work on long-term drivers, while conflict-affected cities often have to put immediate physical security first. Guidance has to adapt.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "Where to start, depending on your city's context:",
                                    "stable": "<p>Invest in long-term drivers such as youth unemployment, exclusion or the local effects of climate change. Build a local prevention network, weave prevention into education, sport and culture, and create lasting channels for youth participation, such as a youth council.</p>",
                                    "fragile": "<p>Start with safety and basic services, and protect your staff and partners. Keep priorities few and realistic: reliable information for residents, support for displaced people and safe spaces for young people. Work closely with national partners on what the city can and cannot do.</p>",
                                    "post_conflict": "<p>Focus on rebuilding trust and on reintegration: fair access to services for every community, support for returnees and former detainees alongside national partners, and visible efforts to restore neglected areas. Plan for sustainability from the start, so that programmes do not stop when outside funding ends.</p>",
                                },
                            },
                            {"type": "heading", "value": "Leading the strategy"},
                            {
                                "type": "rich_text",
                                "value": "<p>Priorities become a strategy only when someone owns them. SCN's toolkit for building a multi-actor Local Prevention Framework describes a path that starts with a leadership group and grows into a City Prevention Team meeting at least quarterly, supported by a stakeholder directory and a monitoring and evaluation plan. Your role as mayor is to:</p><ul><li>give the strategy visible political backing and a named lead in your administration;</li><li>secure a budget line, however small, so that the work does not hang on a single project;</li><li>involve young people as partners, for example through a youth council or small grants for their own initiatives, as in the Young Cities model;</li><li>review progress regularly against your output and outcome indicators, and share the results with residents.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "Our model",
                                    "page": None,
                                    "url": "https://youngcities.com/our-model",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "Key takeaways",
                                    "items": [
                                        "Choose a few priorities based on urgency, leverage and available support.",
                                        "Adapt to your context: long-term drivers in stable cities, safety first in fragile ones, trust and reintegration after conflict.",
                                        "Give the strategy an owner, a budget and regular review, and treat young people as partners.",
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
                                            "prompt": "A city in a conflict-affected area has few staff and frequent security incidents. Which first priority fits best?",
                                            "options": [
                                                {
                                                    "text": "A ten-year plan on the local effects of climate change",
                                                    "correct": False,
                                                    "feedback": "Long-term drivers matter, but in conflict-affected settings immediate safety and basic services usually come first.",
                                                },
                                                {
                                                    "text": "Reliable information for residents and safe spaces for young people, coordinated with national partners",
                                                    "correct": True,
                                                    "feedback": "Correct. It is realistic, meets immediate needs and builds the trust that later work can rely on.",
                                                },
                                                {
                                                    "text": "A large cultural festival to promote coexistence",
                                                    "correct": False,
                                                    "feedback": "Events can help, but without a minimum of safety and trust they may put participants at risk and achieve little.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Which of these help a prevention strategy outlast a single project?",
                                            "options": [
                                                {
                                                    "text": "A named lead in the administration",
                                                    "correct": True,
                                                    "feedback": "Yes. Without an owner, priorities drift.",
                                                },
                                                {
                                                    "text": "A team of partners that meets at least quarterly",
                                                    "correct": True,
                                                    "feedback": "Yes. Regular meetings keep partners engaged and make it possible to correct course.",
                                                },
                                                {
                                                    "text": "A dedicated line in the municipal budget",
                                                    "correct": True,
                                                    "feedback": "Yes. Even a small but stable budget reduces dependence on outside funding.",
                                                },
                                                {
                                                    "text": "Relying on a single external grant for all activities",
                                                    "correct": False,
                                                    "feedback": "Tripoli's experience shows the risk: when the funding ended, sustainability suffered.",
                                                },
                                            ],
                                        },
                                    ],
                                },
                            },
                        ],
                    },
                    "fr": {
                        "title": "Choisir ses priorités selon son contexte, et piloter la stratégie",
                        "body": [
                            {
                                "type": "rich_text",
                                "value": "<p>Aucune ville ne peut tout faire à la fois. L'objectif est de retenir quelques priorités qui répondent à votre auto-évaluation, que votre ville est réellement en mesure de mettre en œuvre et que des partenaires soutiendront. Trois questions aident à resserrer la liste :</p><ul><li><strong>L'urgence</strong> : quels risques pèsent le plus sur la sécurité et la cohésion des habitants ?</li><li><strong>La prise</strong> : sur quoi la municipalité a-t-elle le plus de maîtrise ou d'influence directe ?</li><li><strong>Le soutien</strong> : quels partenaires, nationaux et locaux, sont prêts à agir avec vous ?</li></ul><p>Le contexte est déterminant. Les participants à l'atelier de Rabat ont souligné que les villes stables peuvent travailler sur les facteurs de long terme, alors que les villes touchées par un conflit doivent souvent donner la priorité à la sécurité physique immédiate. Les recommandations doivent s'y adapter.</p>",
                            },
                            {
                                "type": "context_variants",
                                "value": {
                                    "intro": "Par où commencer, selon le contexte de votre ville :",
                                    "stable": "<p>Investissez dans les facteurs de long terme, comme le chômage des jeunes, l'exclusion ou les effets locaux du changement climatique. Créez un réseau local de prévention, intégrez la prévention à l'éducation, au sport et à la culture, et ouvrez des espaces durables de participation des jeunes, tels qu'un conseil de jeunes.</p>",
                                    "fragile": "<p>Commencez par la sécurité et les services de base, et protégez vos agents et vos partenaires. Limitez-vous à quelques priorités réalistes : une information fiable pour les habitants, un soutien aux personnes déplacées, des espaces sûrs pour les jeunes. Travaillez étroitement avec les partenaires nationaux pour définir ce que la ville peut faire et ce qu'elle ne peut pas faire.</p>",
                                    "post_conflict": "<p>Concentrez-vous sur le rétablissement de la confiance et sur la réintégration : un accès équitable aux services pour toutes les communautés, un accompagnement des personnes de retour et des anciens détenus avec les partenaires nationaux, des efforts visibles pour réhabiliter les quartiers délaissés. Pensez la pérennité dès le départ, pour que les programmes ne s'arrêtent pas avec la fin des financements extérieurs.</p>",
                                },
                            },
                            {"type": "heading", "value": "Piloter la stratégie"},
                            {
                                "type": "rich_text",
                                "value": "<p>Des priorités ne deviennent une stratégie que si quelqu'un les porte. La boîte à outils du SCN pour bâtir un cadre local de prévention multi-acteurs décrit un cheminement qui part d'un groupe de pilotage pour aboutir à une équipe municipale de prévention se réunissant au moins une fois par trimestre, appuyée par un répertoire des acteurs et un plan de suivi et d'évaluation. Votre rôle de maire consiste à :</p><ul><li>apporter à la stratégie un soutien politique visible et désigner nommément un responsable dans votre administration ;</li><li>obtenir une ligne budgétaire, même modeste, pour que le travail ne dépende pas d'un seul projet ;</li><li>associer les jeunes en tant que partenaires, par exemple au moyen d'un conseil de jeunes ou de petites subventions pour leurs propres initiatives, comme dans le modèle Young Cities ;</li><li>faire régulièrement le point au regard de vos indicateurs de réalisation et de résultat, et en rendre compte aux habitants.</li></ul>",
                            },
                            {
                                "type": "guidebook_reference",
                                "value": {
                                    "guidebook": "young-cities-model",
                                    "chapter": "Notre modèle",
                                    "page": None,
                                    "url": "https://youngcities.com/our-model",
                                },
                            },
                            {
                                "type": "key_takeaways",
                                "value": {
                                    "title": "À retenir",
                                    "items": [
                                        "Retenez quelques priorités en fonction de l'urgence, de votre prise sur le sujet et du soutien disponible.",
                                        "Adaptez-vous au contexte : facteurs de long terme dans les villes stables, sécurité d'abord dans les villes fragiles, confiance et réintégration après un conflit.",
                                        "Donnez à la stratégie un responsable, un budget et des points d'étape réguliers, et traitez les jeunes en partenaires.",
                                    ],
                                },
                            },
                            {
                                "type": "quiz",
                                "value": {
                                    "title": "Vérifiez vos acquis",
                                    "pass_mark": 70,
                                    "questions": [
                                        {
                                            "kind": "single",
                                            "prompt": "Une ville située dans une zone touchée par un conflit dispose de peu d'agents et subit des incidents de sécurité fréquents. Quelle première priorité lui convient le mieux ?",
                                            "options": [
                                                {
                                                    "text": "Un plan décennal sur les effets locaux du changement climatique",
                                                    "correct": False,
                                                    "feedback": "Les facteurs de long terme comptent, mais en contexte de conflit, la sécurité immédiate et les services de base passent généralement en premier.",
                                                },
                                                {
                                                    "text": "Une information fiable pour les habitants et des espaces sûrs pour les jeunes, en coordination avec les partenaires nationaux",
                                                    "correct": True,
                                                    "feedback": "Exact. C'est réaliste, cela répond aux besoins immédiats et crée la confiance sur laquelle pourra s'appuyer la suite.",
                                                },
                                                {
                                                    "text": "Un grand festival culturel pour promouvoir la coexistence",
                                                    "correct": False,
                                                    "feedback": "Les événements peuvent aider, mais sans un minimum de sécurité et de confiance, ils risquent d'exposer les participants et de produire peu d'effets.",
                                                },
                                            ],
                                        },
                                        {
                                            "kind": "multiple",
                                            "prompt": "Quels éléments aident une stratégie de prévention à survivre au-delà d'un projet ?",
                                            "options": [
                                                {
                                                    "text": "Un responsable nommément désigné dans l'administration",
                                                    "correct": True,
                                                    "feedback": "Oui. Sans responsable, les priorités s'effilochent.",
                                                },
                                                {
                                                    "text": "Une équipe de partenaires qui se réunit au moins une fois par trimestre",
                                                    "correct": True,
                                                    "feedback": "Oui. Des réunions régulières maintiennent l'engagement des partenaires et permettent d'ajuster le cap.",
                                                },
                                                {
                                                    "text": "Une ligne dédiée dans le budget municipal",
                                                    "correct": True,
                                                    "feedback": "Oui. Même un budget modeste mais stable réduit la dépendance aux financements extérieurs.",
                                                },
                                                {
                                                    "text": "S'en remettre à une seule subvention extérieure pour toutes les activités",
                                                    "correct": False,
                                                    "feedback": "L'expérience de Tripoli montre le risque : à la fin du financement, la pérennité en a souffert.",
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
    ],
}
