"""The missing person: identity; description, marks and photos; clothing and belongings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.enums import (
    Build,
    Complexion,
    Disability,
    EyeColour,
    FaceShape,
    HairColour,
    HairLength,
    Language,
    MaritalStatus,
    Relation,
    Sex,
)
from models.errors import Problem
from models.partial_date import DateProblem, PartialDate
from models.rules.case_rules import date_of_birth_problem
from ui.case_form.host import CaseFormHost
from ui.case_form.section import Section
from ui.case_form.state import (
    ADDRESS_COLUMNS,
    CLOTHING_COLUMNS,
    CONTACT_COLUMNS,
    HEIGHT_RANGE,
    ID_DOCUMENT_COLUMNS,
    MARK_COLUMNS,
    PHOTOS,
)
from ui.formats import parse_age, parse_instant
from ui.widgets.fields import (
    AgeRangeEdit,
    EnumChecks,
    EnumCombo,
    Flag,
    NamesEdit,
    PartialDateEdit,
    TextBox,
    TextLine,
    set_problem_look,
)
from ui.widgets.photos import PhotoStrip
from ui.widgets.rows import RowsEditor

DOB = "person.date_of_birth"
AGE = "person.age"
LAST_SEEN = "circumstances.last_seen_at"


class PersonSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Missing person"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("person.names", self.tr("Name"), NamesEdit(self))
        left.add(
            "person.aliases",
            self.tr("Also called"),
            TextLine(self.tr("nicknames, separated by commas")),
        )
        left.add("person.sex", self.tr("Sex"), EnumCombo(Sex, lang, blank=None))
        self.date_of_birth = PartialDateEdit(self)
        left.add(
            "person.date_of_birth",
            self.tr("Date of birth"),
            self.date_of_birth,
            hint=self.tr("The year alone will do (e.g. 2012); or give the age below."),
        )
        self.age = AgeRangeEdit(self.tr("e.g. 14, 12-14 or about 13"))
        left.add(
            "person.age",
            self.tr("Age when missing"),
            self.age,
            hint=self.tr(
                "When the date of birth is not known: 14, a range such as 12-14, or about 13."
            ),
        )
        # Said when a field is left, not only at the save: the family is still at the desk.
        self.date_of_birth.problem_found.connect(lambda text: self._say(DOB, text))
        self.date_of_birth.editingFinished.connect(self._check_date_of_birth)
        self.age.problem_found.connect(lambda text: self._say(AGE, text))
        self.age.editingFinished.connect(self._check_age)
        left.add(
            "person.relative_name", self.tr("Father's / mother's / husband's name"), TextLine()
        )
        left.add("person.relative_relation", self.tr("Relation"), EnumCombo(Relation, lang))
        right.add("person.nationality", self.tr("Nationality"), TextLine())
        right.add("person.mother_tongue", self.tr("Mother tongue"), EnumCombo(Language, lang))
        right.add(
            "person.languages", self.tr("Languages spoken"), EnumChecks(Language, lang, rows=3)
        )
        right.add("person.education", self.tr("Education"), TextLine(self.tr("e.g. Class 8")))
        right.add("person.school_name", self.tr("School"), TextLine())
        right.add("person.school_class", self.tr("Class and division"), TextLine())
        right.add("person.occupation", self.tr("Occupation / employer"), TextLine())
        right.add(
            "person.marital_status", self.tr("Marital status"), EnumCombo(MaritalStatus, lang)
        )
        rows = self.wide()
        rows.add(
            "person.id_documents",
            self.tr("Identity documents"),
            RowsEditor(ID_DOCUMENT_COLUMNS, lang, add_label=self.tr("+ Add a document")),
        )
        rows.add(
            "person.addresses",
            self.tr("Addresses"),
            RowsEditor(ADDRESS_COLUMNS, lang, add_label=self.tr("+ Add an address")),
        )
        rows.add(
            "person.contacts",
            self.tr("Phones, e-mail, handles"),
            RowsEditor(CONTACT_COLUMNS, lang, add_label=self.tr("+ Add a contact")),
        )

    def _say(self, key: str, text: str | None) -> None:
        line = self.binder.errors.get(key)
        if line is not None:
            line.say(text)

    def _check_age(self) -> None:
        text = self.age.text().strip()
        try:
            parse_age(text) if text else None
        except DateProblem:
            return  # the field has said why (problem_found)
        self._say(AGE, None)

    def date_of_birth_problems(self) -> list[Problem]:
        """The save's rule for a date of birth (not in the future, not after the day last
        seen), asked of the fields as they stand, even while the rest of the form cannot be read.
        """
        text = self.date_of_birth.text().strip()
        try:
            born = PartialDate.parse_indian(text) if text else None
        except DateProblem:
            return []  # the field has said why (problem_found, and the form's own reading)
        if born is None:
            return []
        today = self.desk.now().astimezone(self.desk.zone).date()
        seen_text = str(self.binder.fields[LAST_SEEN].raw()).strip()  # type: ignore[attr-defined]
        try:
            seen = parse_instant(seen_text, self.desk.zone).date() if seen_text else today
        except DateProblem:
            seen = today
        wrong = date_of_birth_problem(born, today=today, reference_day=seen)
        return [] if wrong is None else [Problem(DOB, wrong)]

    def _check_date_of_birth(self) -> None:
        """Said as soon as the writer leaves the field: the family is still at the desk."""
        text = self.date_of_birth.text().strip()
        try:
            PartialDate.parse_indian(text) if text else None
        except DateProblem:
            return
        problems = self.date_of_birth_problems()
        set_problem_look(self.date_of_birth, bool(problems))
        self._say(DOB, problems[0].message if problems else None)


class DescriptionSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Description, marks & photos"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("person.height_cm", self.tr("Height (cm)"), TextLine(self.tr("e.g. 142")))
        left.add(
            HEIGHT_RANGE,
            self.tr("Height range (cm)"),
            TextLine(self.tr("when estimated, e.g. 140-150")),
        )
        left.add("person.build", self.tr("Build"), EnumCombo(Build, lang))
        left.add("person.complexion", self.tr("Complexion"), EnumCombo(Complexion, lang))
        left.add("person.face_shape", self.tr("Face"), EnumCombo(FaceShape, lang))
        left.add("person.eye_colour", self.tr("Eyes"), EnumCombo(EyeColour, lang))
        left.add("person.spectacles", "", Flag(self.tr("Wears spectacles")))
        right.add("person.hair_colour", self.tr("Hair colour"), EnumCombo(HairColour, lang))
        right.add("person.hair_length", self.tr("Hair length"), EnumCombo(HairLength, lang))
        right.add("person.hair_style", self.tr("Hair style"), TextLine(self.tr("e.g. two plaits")))
        right.add("person.facial_hair", self.tr("Beard / moustache"), TextLine())
        right.add(
            "person.blood_group", self.tr("Blood group"), TextLine(self.tr("A+, B-, AB+, O- …"))
        )
        right.add("person.other_features", self.tr("Other features"), TextBox(lines=2))
        wide = self.wide()
        wide.add(
            "person.disabilities", self.tr("Disabilities"), EnumChecks(Disability, lang, rows=2)
        )
        wide.add("person.disability_notes", self.tr("About the disability"), TextBox(lines=2))
        wide.add("person.medical_needs", self.tr("Medical needs, medicines"), TextBox(lines=2))
        wide.add(
            "person.marks",
            self.tr("Identification marks"),
            RowsEditor(MARK_COLUMNS, lang, add_label=self.tr("+ Add a mark")),
        )
        wide.add("person.description_notes", self.tr("Other description"), TextBox(lines=2))
        self.photos = PhotoStrip(
            load_thumbnail=form.photo_thumbnail,
            make_primary=form.make_photo_primary,
            remove=form.remove_photo,
            parent=self,
        )
        self.photos.problem.connect(form.show_notice)
        wide.add(PHOTOS, self.tr("Photos"), self.photos)

    def record_changed(self) -> None:
        detail = self.form.detail
        self.photos.set_stored(detail.photos if detail is not None else ())


class ClothingSection(Section):
    title = str(QT_TRANSLATE_NOOP("Section", "Clothing & belongings"))

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        wide = self.wide()
        wide.add(
            "person.clothing",
            self.tr("When last seen, wearing or carrying"),
            RowsEditor(CLOTHING_COLUMNS, self.desk.lang, add_label=self.tr("+ Add an item")),
            hint=self.tr(
                "Garments by body area, school uniform, jewellery, bag, phone, cash, documents."
            ),
        )
