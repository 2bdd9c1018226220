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
from ui.widgets.fields import (
    AgeRangeEdit,
    EnumChecks,
    EnumCombo,
    Flag,
    NamesEdit,
    PartialDateEdit,
    TextBox,
    TextLine,
)
from ui.widgets.photos import PhotoStrip
from ui.widgets.rows import RowsEditor


class PersonSection(Section):
    title = "Missing person"

    def __init__(self, form: CaseFormHost) -> None:
        super().__init__(form)
        lang = self.desk.lang
        left, right = self.columns(2)
        left.add("person.names", "Name", NamesEdit(self))
        left.add("person.aliases", "Also called", TextLine("nicknames, separated by commas"))
        left.add("person.sex", "Sex", EnumCombo(Sex, lang, blank=None))
        left.add(
            "person.date_of_birth",
            "Date of birth",
            PartialDateEdit(self),
            hint="The year alone will do (e.g. 2012); or give the age below.",
        )
        left.add(
            "person.age",
            "Age when missing",
            AgeRangeEdit(),
            hint="When the date of birth is not known: 14, or a range such as 12-14.",
        )
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
