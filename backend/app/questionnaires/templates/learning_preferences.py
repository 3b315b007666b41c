"""A learning-preference intake: how, when and where someone likes to learn, and what they want to develop; asked
at the start of a programme or a year, so the offer can fit."""

from app.core.vocabulary import InstrumentPurpose, QuestionType
from app.questionnaires.templates import AGREE, Template, TemplateItem, options

TEMPLATE = Template(
    key="learning_preferences",
    purpose=InstrumentPurpose.learning_preferences,
    title=("Intake leervoorkeuren", "Learning preferences intake"),
    description=("Vraagt hoe, wanneer en waar medewerkers het liefst leren en waarin ze zich willen ontwikkelen.",
                 "Asks how, when and where employees like to learn and what they want to develop in."),
    intro=("We willen het leeraanbod laten aansluiten bij hoe jij het liefst leert. Het invullen duurt ongeveer "
           "drie minuten.",
           "We want our learning offer to fit the way you like to learn. It takes about three minutes."),
    closing=("Dank je wel. We houden rekening met je voorkeuren.",
             "Thank you. We will take your preferences into account."),
    items=(
        TemplateItem(QuestionType.multiple_choice, ("Op welke manieren leer je het liefst?",
                                                    "In which ways do you like to learn best?"),
                     help_text=("Kies er zoveel als je wilt.", "Choose as many as you like."),
                     options=options(("group_training", "Training in een groep", "Training in a group"),
                                     ("on_the_job", "Leren in en van het werk zelf", "Learning in and from the work"),
                                     ("with_colleagues", "Van en met collega's", "From and with colleagues"),
                                     ("coaching", "Coaching", "Coaching"),
                                     ("e_learning", "E-learning", "E-learning"),
                                     ("self_study", "Lezen en zelfstudie", "Reading and self-study"))),
        TemplateItem(QuestionType.single_choice, ("Hoe volg je een leeractiviteit het liefst?",
                                                  "How do you prefer to attend a learning activity?"),
                     options=options(("on_site", "Op locatie", "On site"), ("online", "Online", "Online"),
                                     ("mixed", "Een mix van beide", "A mix of both"))),
        TemplateItem(QuestionType.single_choice, ("Welke opzet past het best bij jouw werk?",
                                                  "Which format fits your work best?"),
                     options=options(("whole_days", "Hele dagen", "Whole days"),
                                     ("half_days", "Dagdelen", "Half days"),
                                     ("short_sessions", "Korte sessies verspreid over weken",
                                      "Short sessions spread over weeks"))),
        TemplateItem(QuestionType.likert_5, ("Ik leer het best door eerst te doen en daarna terug te kijken.",
                                             "I learn best by doing first and reflecting afterwards."),
                     anchors=AGREE),
        TemplateItem(QuestionType.likert_5, ("Ik leer graag samen met anderen.", "I like learning together with "
                                                                                "others."), anchors=AGREE),
        TemplateItem(QuestionType.multiple_choice, ("Waarin wil je je het komende jaar vooral ontwikkelen?",
                                                    "What do you most want to develop in over the coming year?"),
                     options=options(("expertise", "Mijn vakinhoud", "My professional expertise"),
                                     ("collaboration", "Samenwerken", "Collaboration"),
                                     ("communication", "Communicatie", "Communication"),
                                     ("digital", "Digitale vaardigheden", "Digital skills"),
                                     ("leadership", "Leidinggeven", "Leadership"),
                                     ("personal", "Persoonlijke effectiviteit", "Personal effectiveness"))),
        TemplateItem(QuestionType.open_text, ("Wat heb je nodig om naast je werk goed te kunnen leren?",
                                              "What do you need to learn well alongside your work?"),
                     required=False),
    ),
)
