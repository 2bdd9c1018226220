"""The missing person: identity; description, marks and photos; clothing and belongings."""

from __future__ import annotations

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
    title = "Missing person"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("person.names", "Name", NamesEdit(self))
        left.add("person.aliases", "Also called", TextLine("nicknames, separated by commas"))
        left.add("person.sex", "Sex", EnumCombo(Sex, lang, blank=None))
        self.date_of_birth = PartialDateEdit(self)
        left.add(
            "person.date_of_birth",
            "Date of birth",
            self.date_of_birth,
            hint="The year alone will do (e.g. 2012); or give the age below.",
        )
        self.age = AgeRangeEdit("e.g. 14, 12-14 or about 13")
        left.add(
            "person.age",
            "Age when missing",
            self.age,
            hint="When the date of birth is not known: 14, a range such as 12-14, or about 13.",
        )
        # Said when a field is left, not only at the save: the family is still at the desk.
        self.date_of_birth.problem_found.connect(lambda text: self._say(DOB, text))
        self.date_of_birth.editingFinished.connect(self._check_date_of_birth)
        self.age.problem_found.connect(lambda text: self._say(AGE, text))
        self.age.editingFinished.connect(self._check_age)
        left.add("person.relative_name", "Father's / mother's / husband's name", TextLine())
        left.add("person.relative_relation", "Relation", EnumCombo(Relation, lang))
        right.add("person.nationality", "Nationality", TextLine())
        right.add("person.mother_tongue", "Mother tongue", EnumCombo(Language, lang))
        right.add("person.languages", "Languages spoken", EnumChecks(Language, lang, rows=3))
        right.add("person.education", "Education", TextLine("e.g. Class 8"))
        right.add("person.school_name", "School", TextLine())
        right.add("person.school_class", "Class and division", TextLine())
        right.add("person.occupation", "Occupation / employer", TextLine())
        right.add("person.marital_status", "Marital status", EnumCombo(MaritalStatus, lang))
        rows = self.wide()
        rows.add(
            "person.id_documents",
            "Identity documents",
            RowsEditor(ID_DOCUMENT_COLUMNS, lang, add_label="+ Add a document"),
        )
        rows.add(
            "person.addresses",
            "Addresses",
            RowsEditor(ADDRESS_COLUMNS, lang, add_label="+ Add an address"),
        )
        rows.add(
            "person.contacts",
            "Phones, e-mail, handles",
            RowsEditor(CONTACT_COLUMNS, lang, add_label="+ Add a contact"),
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
    title = "Description, marks & photos"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("person.height_cm", "Height (cm)", TextLine("e.g. 142"))
        left.add(HEIGHT_RANGE, "Height range (cm)", TextLine("when estimated, e.g. 140-150"))
        left.add("person.build", "Build", EnumCombo(Build, lang))
        left.add("person.complexion", "Complexion", EnumCombo(Complexion, lang))
        left.add("person.face_shape", "Face", EnumCombo(FaceShape, lang))
        left.add("person.eye_colour", "Eyes", EnumCombo(EyeColour, lang))
        left.add("person.spectacles", "", Flag("Wears spectacles"))
        right.add("person.hair_colour", "Hair colour", EnumCombo(HairColour, lang))
        right.add("person.hair_length", "Hair length", EnumCombo(HairLength, lang))
        right.add("person.hair_style", "Hair style", TextLine("e.g. two plaits"))
        right.add("person.facial_hair", "Beard / moustache", TextLine())
        right.add("person.blood_group", "Blood group", TextLine("A+, B-, AB+, O- …"))
        right.add("person.other_features", "Other features", TextBox(lines=2))
        wide = self.wide()
        wide.add("person.disabilities", "Disabilities", EnumChecks(Disability, lang, rows=2))
        wide.add("person.disability_notes", "About the disability", TextBox(lines=2))
        wide.add("person.medical_needs", "Medical needs, medicines", TextBox(lines=2))
        wide.add(
            "person.marks",
            "Identification marks",
            RowsEditor(MARK_COLUMNS, lang, add_label="+ Add a mark"),
        )
        wide.add("person.description_notes", "Other description", TextBox(lines=2))
        self.photos = PhotoStrip(
            load_thumbnail=form.photo_thumbnail,
            make_primary=form.make_photo_primary,
            remove=form.remove_photo,
            parent=self,
        )
        self.photos.problem.connect(form.show_notice)
        wide.add(PHOTOS, "Photos", self.photos)

    def record_changed(self) -> None:
        detail = self.form.detail
        self.photos.set_stored(detail.photos if detail is not None else ())


class ClothingSection(Section):
    title = "Clothing & belongings"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        wide = self.wide()
        wide.add(
            "person.clothing",
            "When last seen, wearing or carrying",
            RowsEditor(CLOTHING_COLUMNS, self.desk.lang, add_label="+ Add an item"),
            hint="Garments by body area, school uniform, jewellery, bag, phone, cash, documents.",
        )
