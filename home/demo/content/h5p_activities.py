"""Demo H5P activities, played by our own library H5P.YCASelfCheck (``home/demo/h5p/``), in Arabic, English and French.

Each activity is one short scenario drawn from a demo lesson, with choices in the same order in
every language; the package's title doubles as the key that finds it again when the demo is
loaded twice, so titles must stay unique. "The youth centre and the list" puts into practice the
"Prevention, not surveillance" caution of the Foundation lesson "Your mandate and your levers"
(``foundation.py``). The shape is checked by ``home.demo.content.schema.validate_activities``.
"""

ACTIVITIES = [
    {
        "slug": "youth-centre-and-the-list",
        "ar": {
            "title": "موقف عملي: مركز الشباب والقائمة",
            "scenario": "يطلب ضابط شرطة من مدير مركز الشباب البلدي أسماءَ الشباب الذين يرتادون المركز، مع ملاحظات عمّا يقولونه في حلقات النقاش. ويلجأ إليك المدير ليعرف ما ينبغي فعله.",
            "question": "ما الذي ينبغي أن تفعله البلدية؟",
            "choices": [
                {
                    "text": "أن يسلّم المدير القائمة، فمساعدة الشرطة جزء من الوقاية.",
                    "correct": False,
                    "feedback": "الوقاية ليست مراقبة. إذا علم الشباب أن المركز ينقل أخبارهم، فسيتوقفون عن ارتياده وعن الحديث بحرية، وتخسر المدينة الثقة التي تمنح المركز قيمته.",
                },
                {
                    "text": "أن يبقى عمل المركز طوعيًا وشفافًا: لا تُدوَّن فيه أقوال الشباب، وأي طلب رسمي يخص شخصًا بعينه يُعالَج وفق الإجراءات القانونية.",
                    "correct": True,
                    "feedback": "قيمة المركز قائمة على الثقة. افصل العمل الوقائي عن جمع المعلومات الاستخباراتية، والتزم بالقانون في ما يخص البيانات الشخصية، واتفق مسبقًا مع الشركاء الوطنيين على طريقة التعامل مع أي قلق جدّي على سلامة شخص ما.",
                },
                {
                    "text": "أن يُطلب سرًّا من العاملين في المركز تدوين أسماء من يعبّرون عن آراء متطرفة، دون علم الشباب.",
                    "correct": False,
                    "feedback": "المراقبة السرية تبقى مراقبة، وهي تضع العاملين مع الشباب في موقف مستحيل. وحين تنكشف، تهدم الثقة بالمركز وبالبلدية معًا.",
                },
            ],
            "l10n": {
                "check": "تحقّق من إجابتك",
                "retry": "حاول مرة أخرى",
                "correct": "إجابة صحيحة.",
                "incorrect": "ليست الإجابة الأنسب.",
                "chooseFirst": "يُرجى اختيار إجابة أولًا.",
            },
        },
        "en": {
            "title": "Scenario: the youth centre and the list",
            "scenario": "A police officer asks the director of the municipal youth centre for the names of the young people who come to the centre, with notes on what they say in discussion groups. The director turns to you for a decision.",
            "question": "What should the municipality do?",
            "choices": [
                {
                    "text": "The director hands over the list: helping the police is part of prevention.",
                    "correct": False,
                    "feedback": "Prevention is not surveillance. If young people learn that the centre reports on them, they stop coming and stop speaking freely, and the city loses the trust that gives the centre its value.",
                },
                {
                    "text": "The centre's work stays voluntary and open: no one keeps notes on what young people say, and any formal request about a named person goes through the legal procedure.",
                    "correct": True,
                    "feedback": "The centre's value rests on trust. Keep prevention separate from intelligence-gathering, follow the law on personal data, and agree in advance with national partners how a genuine concern for someone's safety is handled.",
                },
                {
                    "text": "Staff are quietly asked to note the names of anyone who voices extreme views, without telling the young people.",
                    "correct": False,
                    "feedback": "Secret monitoring is still surveillance, and it puts youth workers in an impossible position. When it comes to light, it destroys trust in the centre and in the municipality alike.",
                },
            ],
            "l10n": {
                "check": "Check my answer",
                "retry": "Try again",
                "correct": "Correct.",
                "incorrect": "Not the best answer.",
                "chooseFirst": "Choose an answer first.",
            },
        },
        "fr": {
            "title": "Mise en situation : la maison des jeunes et la liste",
            "scenario": "Un policier demande au directeur de la maison des jeunes municipale les noms des jeunes qui la fréquentent, avec des notes sur ce qu'ils disent dans les groupes de discussion. Le directeur se tourne vers vous pour savoir quoi faire.",
            "question": "Que doit faire la municipalité ?",
            "choices": [
                {
                    "text": "Le directeur remet la liste : aider la police fait partie de la prévention.",
                    "correct": False,
                    "feedback": "Prévenir n'est pas surveiller. Si les jeunes apprennent que la maison des jeunes rapporte leurs propos, ils cessent de venir et de parler librement, et la ville perd la confiance qui fait la valeur du lieu.",
                },
                {
                    "text": "L'activité reste volontaire et transparente : personne ne consigne les propos des jeunes, et toute demande officielle visant une personne précise suit la procédure légale.",
                    "correct": True,
                    "feedback": "La valeur de la maison des jeunes repose sur la confiance. Séparez la prévention du renseignement, respectez la loi sur les données personnelles et convenez à l'avance avec les partenaires nationaux de la manière de traiter une inquiétude sérieuse pour la sécurité de quelqu'un.",
                },
                {
                    "text": "On demande discrètement aux animateurs de noter le nom de ceux qui expriment des idées extrêmes, sans le dire aux jeunes.",
                    "correct": False,
                    "feedback": "Une surveillance discrète reste une surveillance, et elle place les animateurs dans une position intenable. Quand elle est découverte, elle ruine la confiance envers la maison des jeunes comme envers la municipalité.",
                },
            ],
            "l10n": {
                "check": "Vérifier ma réponse",
                "retry": "Réessayer",
                "correct": "Bonne réponse.",
                "incorrect": "Ce n'est pas la meilleure réponse.",
                "chooseFirst": "Choisissez d'abord une réponse.",
            },
        },
    },
]
