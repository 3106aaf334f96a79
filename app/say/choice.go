package say

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// Choice, kind and field labels in the window's language. data keeps them
// in Dutch, as the command line, the exchange files and the PDFs say them;
// the window says them through lang, each with its own literal key so that
// lang_test.go checks it: "choice.<list>.<code>", "kind.<kind>" and
// "field.<kind>.<field>", in translations/*/choices.json and fields.json.
//
// A choice, kind or field added in data needs its case below and its key
// in both languages; TestChoiceLabelsTranslated and TestFieldLabelsTranslated
// (choicetext_test.go) name what is missing.

// choiceLists names each list of choices in its keys. The checklist of the
// self-assessment and its levels have their texts in assessment.go.
var choiceLists = []struct {
	name    string
	choices []data.Choice
}{
	{"organisationtype", data.OrganisationTypes},
	{"role", data.ContactRoles},
	{"agreementtype", data.AgreementTypes},
	{"agreementlevel", data.AgreementLevels},
	{"agreementstatus", data.AgreementStatuses},
	{"planstatus", data.PlanStatuses},
	{"blockstyle", data.BlockStyles},
	{"theme", data.Themes},
	{"actionstatus", data.ActionStatuses},
	{"assessmentlevel", data.AssessmentLevels},
	{"checklist", data.ChecklistChoices()},
	{"activitytype", data.ActivityTypes},
	{"targetgroup", data.TargetGroups},
	{"activitystatus", data.ActivityStatuses},
	{"measure", data.Measures},
}

// choiceListName is the name choiceLists gives choices, "" for a list it
// does not know.
func choiceListName(choices []data.Choice) string {
	for _, l := range choiceLists {
		if slices.Equal(l.choices, choices) {
			return l.name
		}
	}
	return ""
}

// Choice is the label of code among choices in the window's language,
// where data.ChoiceLabel gives the Dutch one. An unknown code shows as it is.
func Choice(choices []data.Choice, code string) string {
	return choiceLabelIn(choiceListName(choices), choices, code)
}

// choiceLabelIn is choiceLabel for choices that choiceLists calls list.
func choiceLabelIn(list string, choices []data.Choice, code string) string {
	switch list {
	case "checklist":
		return Item(code)
	case "assessmentlevel":
		return Level(code)
	}
	if text := choiceText(list, code); text != "" {
		return text
	}
	return data.ChoiceLabel(choices, code)
}

// choiceText is the label of a choice of a list in choiceLists, "" for
// one it has no case for.
func choiceText(list, code string) string {
	switch list + "." + code {
	case "organisationtype.gemeente":
		return lang.X("choice.organisationtype.gemeente", "Gemeente")
	case "organisationtype.politie":
		return lang.X("choice.organisationtype.politie", "Politie")
	case "organisationtype.om":
		return lang.X("choice.organisationtype.om", "Openbaar Ministerie")
	case "organisationtype.riec":
		return lang.X("choice.organisationtype.riec", "RIEC")
	case "organisationtype.zvh":
		return lang.X("choice.organisationtype.zvh", "Zorg- en Veiligheidshuis")
	case "organisationtype.arbeidsinspectie":
		return lang.X("choice.organisationtype.arbeidsinspectie", "Nederlandse Arbeidsinspectie")
	case "organisationtype.kmar":
		return lang.X("choice.organisationtype.kmar", "Koninklijke Marechaussee")
	case "organisationtype.belastingdienst":
		return lang.X("choice.organisationtype.belastingdienst", "Belastingdienst")
	case "organisationtype.ggd":
		return lang.X("choice.organisationtype.ggd", "GGD")
	case "organisationtype.veilig-thuis":
		return lang.X("choice.organisationtype.veilig-thuis", "Veilig Thuis")
	case "organisationtype.zorgcoordinatie":
		return lang.X("choice.organisationtype.zorgcoordinatie", "Zorgcoördinatie")
	case "organisationtype.opvang":
		return lang.X("choice.organisationtype.opvang", "Opvang en hulpverlening")
	case "organisationtype.comensha":
		return lang.X("choice.organisationtype.comensha", "CoMensha")
	case "organisationtype.fairwork":
		return lang.X("choice.organisationtype.fairwork", "FairWork")
	case "organisationtype.ccv":
		return lang.X("choice.organisationtype.ccv", "CCV")
	case "organisationtype.reclassering":
		return lang.X("choice.organisationtype.reclassering", "Reclassering")
	case "organisationtype.wijkteam":
		return lang.X("choice.organisationtype.wijkteam", "Wijkteam / sociaal team")
	case "organisationtype.onderwijs":
		return lang.X("choice.organisationtype.onderwijs", "Onderwijs")
	case "organisationtype.medisch":
		return lang.X("choice.organisationtype.medisch", "Medische sector")
	case "organisationtype.samenwerkingsverband":
		return lang.X("choice.organisationtype.samenwerkingsverband", "Regionaal samenwerkingsverband")
	case "organisationtype.overig":
		return lang.X("choice.organisationtype.overig", "Overig")
	case "role.aandachtsfunctionaris":
		return lang.X("choice.role.aandachtsfunctionaris", "Aandachtsfunctionaris mensenhandel")
	case "role.beleidsadviseur-oov":
		return lang.X("choice.role.beleidsadviseur-oov", "Beleidsadviseur OOV")
	case "role.ketenregisseur":
		return lang.X("choice.role.ketenregisseur", "Ketenregisseur")
	case "role.portefeuillehouder":
		return lang.X("choice.role.portefeuillehouder", "Portefeuillehouder")
	case "role.burgemeester":
		return lang.X("choice.role.burgemeester", "Burgemeester")
	case "role.zorgcoordinator":
		return lang.X("choice.role.zorgcoordinator", "Zorgcoördinator")
	case "role.riec-adviseur":
		return lang.X("choice.role.riec-adviseur", "RIEC-adviseur")
	case "role.politie":
		return lang.X("choice.role.politie", "Politie")
	case "role.officier-van-justitie":
		return lang.X("choice.role.officier-van-justitie", "Officier van justitie")
	case "role.arbeidsinspecteur":
		return lang.X("choice.role.arbeidsinspecteur", "Arbeidsinspecteur")
	case "role.veilig-thuis":
		return lang.X("choice.role.veilig-thuis", "Veilig Thuis")
	case "role.procesregisseur-zvh":
		return lang.X("choice.role.procesregisseur-zvh", "Procesregisseur ZVH")
	case "role.bibob-coordinator":
		return lang.X("choice.role.bibob-coordinator", "Bibob-coördinator")
	case "role.toezicht-handhaving":
		return lang.X("choice.role.toezicht-handhaving", "Toezicht en handhaving")
	case "role.overig":
		return lang.X("choice.role.overig", "Overig")
	case "agreementtype.riec-convenant":
		return lang.X("choice.agreementtype.riec-convenant", "RIEC-convenant")
	case "agreementtype.zvh-convenant":
		return lang.X("choice.agreementtype.zvh-convenant", "Convenant Zorg- en Veiligheidshuis")
	case "agreementtype.modelconvenant":
		return lang.X("choice.agreementtype.modelconvenant", "Modelconvenant ketensamenwerking mensenhandel")
	case "agreementtype.zorgcoordinatie":
		return lang.X("choice.agreementtype.zorgcoordinatie", "Opdracht zorgcoördinatie")
	case "agreementtype.opvang":
		return lang.X("choice.agreementtype.opvang", "Opvangafspraak")
	case "agreementtype.veilig-thuis":
		return lang.X("choice.agreementtype.veilig-thuis", "Aansluitafspraken Veilig Thuis")
	case "agreementtype.meldroute":
		return lang.X("choice.agreementtype.meldroute", "Interne meldroute")
	case "agreementtype.samenwerking":
		return lang.X("choice.agreementtype.samenwerking", "Regionale samenwerkingsafspraak")
	case "agreementtype.overig":
		return lang.X("choice.agreementtype.overig", "Overig")
	case "agreementlevel.lokaal":
		return lang.X("choice.agreementlevel.lokaal", "Lokaal")
	case "agreementlevel.cluster":
		return lang.X("choice.agreementlevel.cluster", "Cluster")
	case "agreementlevel.regionaal":
		return lang.X("choice.agreementlevel.regionaal", "Regionaal")
	case "agreementlevel.landelijk":
		return lang.X("choice.agreementlevel.landelijk", "Landelijk")
	case "agreementstatus.concept":
		return lang.X("choice.agreementstatus.concept", "Concept")
	case "agreementstatus.in-afstemming":
		return lang.X("choice.agreementstatus.in-afstemming", "In afstemming")
	case "agreementstatus.ter-ondertekening":
		return lang.X("choice.agreementstatus.ter-ondertekening", "Ter ondertekening")
	case "agreementstatus.actief":
		return lang.X("choice.agreementstatus.actief", "Actief")
	case "agreementstatus.in-evaluatie":
		return lang.X("choice.agreementstatus.in-evaluatie", "In evaluatie")
	case "agreementstatus.verlopen":
		return lang.X("choice.agreementstatus.verlopen", "Verlopen")
	case "agreementstatus.opgezegd":
		return lang.X("choice.agreementstatus.opgezegd", "Opgezegd")
	case "agreementstatus.vervangen":
		return lang.X("choice.agreementstatus.vervangen", "Vervangen")
	case "planstatus.concept":
		return lang.X("choice.planstatus.concept", "Concept")
	case "planstatus.ter-bespreking":
		return lang.X("choice.planstatus.ter-bespreking", "Ter bespreking")
	case "planstatus.ter-besluitvorming":
		return lang.X("choice.planstatus.ter-besluitvorming", "Ter besluitvorming")
	case "planstatus.vastgesteld":
		return lang.X("choice.planstatus.vastgesteld", "Vastgesteld")
	case "blockstyle.paragraph":
		return lang.X("choice.blockstyle.paragraph", "Alinea")
	case "blockstyle.bullets":
		return lang.X("choice.blockstyle.bullets", "Opsomming")
	case "blockstyle.heading":
		return lang.X("choice.blockstyle.heading", "Tussenkop")
	case "theme.beleid":
		return lang.X("choice.theme.beleid", "Beleidsmatige basis")
	case "theme.signalering":
		return lang.X("choice.theme.signalering", "Signalerend vermogen")
	case "theme.bewustwording":
		return lang.X("choice.theme.bewustwording", "Bewustwording")
	case "theme.samenwerking":
		return lang.X("choice.theme.samenwerking", "Samenwerking in keten en regio")
	case "theme.opvang":
		return lang.X("choice.theme.opvang", "Opvang van en hulpverlening aan slachtoffers")
	case "actionstatus.gepland":
		return lang.X("choice.actionstatus.gepland", "Gepland")
	case "actionstatus.loopt":
		return lang.X("choice.actionstatus.loopt", "Loopt")
	case "actionstatus.gereed":
		return lang.X("choice.actionstatus.gereed", "Gereed")
	case "actionstatus.vertraagd":
		return lang.X("choice.actionstatus.vertraagd", "Vertraagd")
	case "actionstatus.vervallen":
		return lang.X("choice.actionstatus.vervallen", "Vervallen")
	case "activitytype.training":
		return lang.X("choice.activitytype.training", "Training")
	case "activitytype.bewustwording":
		return lang.X("choice.activitytype.bewustwording", "Bewustwording")
	case "activitytype.netwerkbijeenkomst":
		return lang.X("choice.activitytype.netwerkbijeenkomst", "Netwerkbijeenkomst")
	case "activitytype.regionaal-overleg":
		return lang.X("choice.activitytype.regionaal-overleg", "Regionaal overleg")
	case "activitytype.informatieplein":
		return lang.X("choice.activitytype.informatieplein", "Informatieplein")
	case "activitytype.overig":
		return lang.X("choice.activitytype.overig", "Overig")
	case "targetgroup.baliemedewerkers":
		return lang.X("choice.targetgroup.baliemedewerkers", "Baliemedewerkers")
	case "targetgroup.toezicht-handhaving":
		return lang.X("choice.targetgroup.toezicht-handhaving", "Toezichthouders en handhaving")
	case "targetgroup.inspectie":
		return lang.X("choice.targetgroup.inspectie", "Inspectiemedewerkers")
	case "targetgroup.wijkteams":
		return lang.X("choice.targetgroup.wijkteams", "Wijkteams en sociaal domein")
	case "targetgroup.medisch":
		return lang.X("choice.targetgroup.medisch", "Medische sector")
	case "targetgroup.onderwijs":
		return lang.X("choice.targetgroup.onderwijs", "Onderwijs")
	case "targetgroup.politie":
		return lang.X("choice.targetgroup.politie", "Politie")
	case "targetgroup.ketenpartners":
		return lang.X("choice.targetgroup.ketenpartners", "Ketenpartners")
	case "targetgroup.overig":
		return lang.X("choice.targetgroup.overig", "Overig")
	case "activitystatus.gepland":
		return lang.X("choice.activitystatus.gepland", "Gepland")
	case "activitystatus.uitgevoerd":
		return lang.X("choice.activitystatus.uitgevoerd", "Uitgevoerd")
	case "activitystatus.geannuleerd":
		return lang.X("choice.activitystatus.geannuleerd", "Geannuleerd")
	case "measure.signalen-meldroute":
		return lang.X("choice.measure.signalen-meldroute", "Signalen via de interne meldroute")
	case "measure.meldingen-zorgcoordinatie":
		return lang.X("choice.measure.meldingen-zorgcoordinatie", "Meldingen zorgcoördinatie")
	case "measure.casussen-overleg":
		return lang.X("choice.measure.casussen-overleg", "Casussen besproken in het ZVH/RIEC-overleg")
	case "measure.af-getraind":
		return lang.X("choice.measure.af-getraind", "Aandachtsfunctionarissen getraind")
	case "measure.medewerkers-getraind":
		return lang.X("choice.measure.medewerkers-getraind", "Medewerkers getraind")
	}
	return ""
}

// Kind is the name of a kind of record in the window's language, in
// lower case (data.Kind's Label in Dutch).
func Kind(kind string) string {
	switch kind {
	case "municipality":
		return lang.X("kind.municipality", "gemeente")
	case "cluster":
		return lang.X("kind.cluster", "cluster")
	case "organisation":
		return lang.X("kind.organisation", "organisatie")
	case "contact":
		return lang.X("kind.contact", "contactpersoon")
	case "agreement":
		return lang.X("kind.agreement", "ketenafspraak")
	case "party":
		return lang.X("kind.party", "partij")
	case "plan":
		return lang.X("kind.plan", "beleidsplan")
	case "section":
		return lang.X("kind.section", "hoofdstuk")
	case "block":
		return lang.X("kind.block", "tekstblok")
	case "action":
		return lang.X("kind.action", "actie")
	case "assessment":
		return lang.X("kind.assessment", "zelfevaluatie")
	case "planversion":
		return lang.X("kind.planversion", "versie")
	case "activity":
		return lang.X("kind.activity", "activiteit")
	case "measure":
		return lang.X("kind.measure", "eigen maat")
	case "figure":
		return lang.X("kind.figure", "cijfer")
	}
	if k := data.KindNamed(kind); k != nil {
		return k.Label
	}
	return kind
}

// Field is the name of a field of a kind in the window's language, in
// lower case (data.Field's Label in Dutch), as error messages start with it.
func Field(kind, field string) string {
	switch kind + "." + field {
	case "municipality.cbs_code":
		return lang.X("field.municipality.cbs_code", "CBS-code")
	case "municipality.name":
		return lang.X("field.municipality.name", "naam")
	case "municipality.safety_region":
		return lang.X("field.municipality.safety_region", "veiligheidsregio")
	case "municipality.subregion":
		return lang.X("field.municipality.subregion", "subregio")
	case "municipality.retired":
		return lang.X("field.municipality.retired", "opgeheven")
	case "municipality.successor_id":
		return lang.X("field.municipality.successor_id", "opgegaan in")
	case "municipality.notes":
		return lang.X("field.municipality.notes", "notities")
	case "cluster.name":
		return lang.X("field.cluster.name", "naam")
	case "cluster.lead_municipality_id":
		return lang.X("field.cluster.lead_municipality_id", "centrumgemeente")
	case "cluster.municipality_ids":
		return lang.X("field.cluster.municipality_ids", "gemeenten")
	case "cluster.notes":
		return lang.X("field.cluster.notes", "notities")
	case "organisation.name":
		return lang.X("field.organisation.name", "naam")
	case "organisation.type":
		return lang.X("field.organisation.type", "soort")
	case "organisation.municipality_id":
		return lang.X("field.organisation.municipality_id", "gemeente")
	case "organisation.address":
		return lang.X("field.organisation.address", "adres")
	case "organisation.phone":
		return lang.X("field.organisation.phone", "telefoon")
	case "organisation.email":
		return lang.X("field.organisation.email", "e-mail")
	case "organisation.website":
		return lang.X("field.organisation.website", "website")
	case "organisation.notes":
		return lang.X("field.organisation.notes", "notities")
	case "contact.name":
		return lang.X("field.contact.name", "naam")
	case "contact.organisation_id":
		return lang.X("field.contact.organisation_id", "organisatie")
	case "contact.function":
		return lang.X("field.contact.function", "functie")
	case "contact.role":
		return lang.X("field.contact.role", "rol")
	case "contact.email":
		return lang.X("field.contact.email", "e-mail")
	case "contact.phone":
		return lang.X("field.contact.phone", "telefoon")
	case "contact.municipality_ids":
		return lang.X("field.contact.municipality_ids", "gemeenten")
	case "contact.notes":
		return lang.X("field.contact.notes", "notities")
	case "contact.last_reviewed":
		return lang.X("field.contact.last_reviewed", "laatst gecontroleerd")
	case "agreement.title":
		return lang.X("field.agreement.title", "titel")
	case "agreement.type":
		return lang.X("field.agreement.type", "soort")
	case "agreement.status":
		return lang.X("field.agreement.status", "status")
	case "agreement.level":
		return lang.X("field.agreement.level", "niveau")
	case "agreement.municipality_ids":
		return lang.X("field.agreement.municipality_ids", "gemeenten")
	case "agreement.owner_id":
		return lang.X("field.agreement.owner_id", "trekker")
	case "agreement.signed_date":
		return lang.X("field.agreement.signed_date", "datum ondertekening")
	case "agreement.start_date":
		return lang.X("field.agreement.start_date", "in werking per")
	case "agreement.end_date":
		return lang.X("field.agreement.end_date", "einddatum")
	case "agreement.evaluation_date":
		return lang.X("field.agreement.evaluation_date", "evaluatiedatum")
	case "agreement.legal_basis":
		return lang.X("field.agreement.legal_basis", "grondslag gegevensdeling")
	case "agreement.personal_data":
		return lang.X("field.agreement.personal_data", "persoonsgegevens gedeeld")
	case "agreement.reference":
		return lang.X("field.agreement.reference", "kenmerk")
	case "agreement.replaces_id":
		return lang.X("field.agreement.replaces_id", "vervangt")
	case "agreement.notes":
		return lang.X("field.agreement.notes", "notities")
	case "party.agreement_id":
		return lang.X("field.party.agreement_id", "ketenafspraak")
	case "party.organisation_id":
		return lang.X("field.party.organisation_id", "organisatie")
	case "party.signatory":
		return lang.X("field.party.signatory", "ondertekenaar")
	case "plan.title":
		return lang.X("field.plan.title", "titel")
	case "plan.municipality_id":
		return lang.X("field.plan.municipality_id", "gemeente")
	case "plan.cluster_id":
		return lang.X("field.plan.cluster_id", "cluster")
	case "plan.period_start":
		return lang.X("field.plan.period_start", "periode vanaf")
	case "plan.period_end":
		return lang.X("field.plan.period_end", "periode tot en met")
	case "plan.status":
		return lang.X("field.plan.status", "status")
	case "plan.version":
		return lang.X("field.plan.version", "versie")
	case "plan.author":
		return lang.X("field.plan.author", "auteur")
	case "plan.adopted_by":
		return lang.X("field.plan.adopted_by", "vastgesteld door")
	case "plan.adopted_date":
		return lang.X("field.plan.adopted_date", "datum vaststelling")
	case "plan.reference":
		return lang.X("field.plan.reference", "kenmerk")
	case "plan.goals":
		return lang.X("field.plan.goals", "doelen")
	case "plan.results":
		return lang.X("field.plan.results", "beoogde resultaten")
	case "section.plan_id":
		return lang.X("field.section.plan_id", "beleidsplan")
	case "section.parent_id":
		return lang.X("field.section.parent_id", "valt onder")
	case "section.position":
		return lang.X("field.section.position", "positie")
	case "section.title":
		return lang.X("field.section.title", "titel")
	case "block.section_id":
		return lang.X("field.block.section_id", "hoofdstuk")
	case "block.position":
		return lang.X("field.block.position", "positie")
	case "block.style":
		return lang.X("field.block.style", "opmaak")
	case "block.text":
		return lang.X("field.block.text", "tekst")
	case "action.plan_id":
		return lang.X("field.action.plan_id", "beleidsplan")
	case "action.position":
		return lang.X("field.action.position", "positie")
	case "action.title":
		return lang.X("field.action.title", "actie")
	case "action.theme":
		return lang.X("field.action.theme", "thema")
	case "action.owner":
		return lang.X("field.action.owner", "eigenaar")
	case "action.partners":
		return lang.X("field.action.partners", "partners")
	case "action.planning":
		return lang.X("field.action.planning", "planning")
	case "action.status":
		return lang.X("field.action.status", "status")
	case "action.indicator":
		return lang.X("field.action.indicator", "indicator")
	case "assessment.municipality_id":
		return lang.X("field.assessment.municipality_id", "gemeente")
	case "assessment.date":
		return lang.X("field.assessment.date", "datum")
	case "assessment.item":
		return lang.X("field.assessment.item", "onderdeel")
	case "assessment.level":
		return lang.X("field.assessment.level", "niveau")
	case "assessment.note":
		return lang.X("field.assessment.note", "toelichting")
	case "planversion.plan_id":
		return lang.X("field.planversion.plan_id", "beleidsplan")
	case "planversion.version":
		return lang.X("field.planversion.version", "versie")
	case "planversion.date":
		return lang.X("field.planversion.date", "datum")
	case "planversion.author":
		return lang.X("field.planversion.author", "auteur")
	case "planversion.change":
		return lang.X("field.planversion.change", "wijziging")
	case "activity.title":
		return lang.X("field.activity.title", "titel")
	case "activity.type":
		return lang.X("field.activity.type", "soort")
	case "activity.date":
		return lang.X("field.activity.date", "datum")
	case "activity.end_date":
		return lang.X("field.activity.end_date", "einddatum")
	case "activity.target_groups":
		return lang.X("field.activity.target_groups", "doelgroepen")
	case "activity.municipality_ids":
		return lang.X("field.activity.municipality_ids", "gemeenten")
	case "activity.organiser_id":
		return lang.X("field.activity.organiser_id", "organisator")
	case "activity.contact_id":
		return lang.X("field.activity.contact_id", "trainer of contactpersoon")
	case "activity.participants_planned":
		return lang.X("field.activity.participants_planned", "deelnemers gepland")
	case "activity.participants":
		return lang.X("field.activity.participants", "deelnemers")
	case "activity.action_id":
		return lang.X("field.activity.action_id", "actie uit de uitvoeringsagenda")
	case "activity.theme":
		return lang.X("field.activity.theme", "thema")
	case "activity.status":
		return lang.X("field.activity.status", "status")
	case "activity.notes":
		return lang.X("field.activity.notes", "notities")
	case "measure.name":
		return lang.X("field.measure.name", "naam")
	case "measure.description":
		return lang.X("field.measure.description", "omschrijving")
	case "figure.municipality_id":
		return lang.X("field.figure.municipality_id", "gemeente")
	case "figure.cluster_id":
		return lang.X("field.figure.cluster_id", "cluster")
	case "figure.period":
		return lang.X("field.figure.period", "periode")
	case "figure.measure":
		return lang.X("field.figure.measure", "maat")
	case "figure.measure_id":
		return lang.X("field.figure.measure_id", "eigen maat")
	case "figure.count":
		return lang.X("field.figure.count", "aantal")
	case "figure.source":
		return lang.X("field.figure.source", "bron")
	case "figure.notes":
		return lang.X("field.figure.notes", "toelichting")
	case "planversion.point":
		return lang.X("field.planversion.point", "stand van het logboek")
	}
	if k := data.KindNamed(kind); k != nil {
		if f, ok := k.Field(field); ok {
			return f.Label
		}
	}
	return field
}
