package say

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
	"ketenregie/export/bundle"
)

// Error is the message for an error from the store or from reading an
// exchange file, in the user's words: for the errors data.Said makes
// (what the disk, the file system or SQLite said, a record not found, a
// refused import, ...), for a value the store refused and for a refused
// exchange file, the same message as the command line's in the window's
// language; for any other error from the store its own message.
func Error(err error) string {
	var be *bundle.Error
	if errors.As(err, &be) {
		if text := bundleText(be); text != "" {
			return Capitalise(text)
		}
		return Capitalise(be.Msg)
	}
	e, ok := data.AsError(err)
	if !ok {
		return lang.X("error.generic", "Er ging iets mis: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	if text := saidText(e); text != "" {
		return Capitalise(text)
	}
	if text := invalidText(e); text != "" {
		return Capitalise(text)
	}
	return Capitalise(e.Msg)
}

// invalidText is the message of a value the store refused for a field, in
// the window's language: the field's label, a colon and what is wrong, by
// the error's Reason and with the values data named in its Args, so in
// Dutch the command line's words (but for the choices, which the window
// names by their labels). "" for any other error, and for one whose values
// data did not name.
func invalidText(e *data.Error) string {
	why := invalidWhy(e)
	if why == "" {
		return ""
	}
	return Field(e.Kind, e.Field) + ": " + why
}

// invalidWhy is invalidText without the field's label: what is wrong.
func invalidWhy(e *data.Error) string {
	if e.Code != data.CodeInvalid || e.Kind == "" || e.Field == "" {
		return ""
	}
	k := data.KindNamed(e.Kind)
	if k == nil {
		return ""
	}
	f, ok := k.Field(e.Field)
	if !ok {
		return ""
	}
	args := map[string]any{}
	for name, v := range e.Args {
		args[name] = v
	}
	if _, ok := args["Choices"]; ok {
		// data lists the codes one types on the command line; the window
		// lists the labels its lists show
		args["Choices"] = strings.Join(Choices(f.Choices), ", ")
	}
	if _, ok := args["Kind"]; ok {
		// data's Dutch name of the kind pointed at, or of the record itself
		args["Kind"] = Kind(e.Kind)
		if e.Reason == "ref" {
			args["Kind"] = Kind(f.Target)
		}
	}
	var text string
	switch e.Reason {
	case "required":
		text = lang.X("error.invalid.required", "vul dit veld in")
	case "utf8":
		text = lang.X("error.invalid.utf8", "de tekst is geen geldige UTF-8")
	case "encoding":
		text = lang.X("error.invalid.encoding", "bevat een ongeldig teken")
	case "newline":
		text = lang.X("error.invalid.newline", "mag geen regeleinde bevatten")
	case "length":
		text = lang.X("error.invalid.length", "is te lang ({{.Count}} tekens, hoogstens {{.Max}})", args)
	case "date":
		text = lang.X("error.invalid.date", "{{.Value}} is geen geldige datum (dd-mm-jjjj)", args)
	case "choice":
		text = lang.X("error.invalid.choice", "{{.Value}} is geen geldige keuze (kies uit: {{.Choices}})", args)
	case "bool":
		text = lang.X("error.invalid.bool", "{{.Value}} is geen ja of nee", args)
	case "int":
		text = lang.X("error.invalid.int", "{{.Value}} is geen geheel getal", args)
	case "email":
		text = lang.X("error.invalid.email", "{{.Value}} is geen geldig e-mailadres", args)
	case "phone":
		text = lang.X("error.invalid.phone", "{{.Value}} is geen geldig telefoonnummer (bijvoorbeeld 06-12345678, 0229 123456 of +31 20 1234567)", args)
	case "url":
		text = lang.X("error.invalid.url", "{{.Value}} is geen geldig webadres", args)
	case "position":
		text = lang.X("error.invalid.position", "{{.Value}} is geen geldige positie", args)
	case "ref":
		if _, cbs := args["Code"]; cbs {
			text = lang.X("error.invalid.ref.cbs", "geen gemeente met CBS-code {{.Code}}", args)
		} else {
			text = lang.X("error.invalid.ref", "geen {{.Kind}} met id {{.ID}}", args)
		}
	case "self":
		text = lang.X("error.invalid.self", "een {{.Kind}} kan niet naar zichzelf verwijzen", args)
	case "cycle":
		text = lang.X("error.invalid.cycle", "dit zou een kringverwijzing maken")
	case "plan":
		text = lang.X("error.invalid.plan", "het bovenliggende hoofdstuk hoort bij een ander beleidsplan")
	case "scope":
		text = lang.X("error.invalid.scope", "kies een gemeente of een cluster, niet allebei")
	case "name_taken":
		text = lang.X("error.invalid.name_taken", "er is al een maat met deze naam")
	case "frozen":
		text = lang.X("error.invalid.frozen", "ligt vast sinds de versie is gemaakt en kan niet worden gewijzigd")
	case "period":
		switch e.Kind {
		case "plan":
			text = lang.X("error.invalid.period.plan", "de periode eindigt voor ze begint")
		case "agreement":
			text = lang.X("error.invalid.period.agreement", "de einddatum ligt voor de datum van inwerkingtreding")
		case "activity":
			text = lang.X("error.invalid.period.activity", "de einddatum ligt voor de begindatum")
		}
	case "period_format":
		text = lang.X("error.invalid.period_format", "{{.Value}} is geen periode (een jaar, een kwartaal of een maand: 2025, 2025-Q3 of 2025-07)", args)
	case "scope_missing":
		text = lang.X("error.invalid.scope_missing", "kies een gemeente of een cluster")
	case "measure":
		text = lang.X("error.invalid.measure", "kies een standaardmaat of een eigen maat, niet allebei")
	case "measure_missing":
		text = lang.X("error.invalid.measure_missing", "kies een maat")
	case "negative":
		text = lang.X("error.invalid.negative", "mag niet negatief zijn")
	case "duplicate":
		text = lang.X("error.invalid.duplicate", "er is al een cijfer voor deze gemeente of dit cluster, deze periode en deze maat; pas dat aan")
	case "case_data":
		text = lang.X("error.invalid.case_data", "{{.Value}} lijkt een BSN of een geboortedatum: gegevens over slachtoffers, verdachten of zaken horen niet in Ketenregie", args)
	}
	if text == "" || strings.Contains(text, "<no value>") { // a value data did not name
		return ""
	}
	return text
}

// saidText is the message of an error made by data.Said in the window's
// language, "" for any other error. Each key is the error's Reason, and its
// Dutch text is the template data.Said filled (a test holds them equal,
// and finds every reason data gives). The kind an error is about is named
// in the window's language, as are the records that still use one.
func saidText(e *data.Error) string {
	args := map[string]any{}
	for k, v := range e.Args {
		args[k] = v
	}
	if e.Kind != "" {
		if _, ok := args["Kind"]; ok {
			args["Kind"] = Kind(e.Kind)
		}
		if _, ok := args["Kinds"]; ok {
			args["Kinds"] = kindPlural(e.Kind)
		}
	}
	if uses := usesText(e.Args["UsedBy"]); e.Reason == "in_use" && uses != "" {
		args["Uses"] = uses
	}
	var text string
	switch e.Reason {
	case "busy":
		text = lang.X("error.busy", "een ander programma (een tweede venster van Ketenregie, een synchronisatie of een script) schrijft al meer dan {{.Minutes}} minuten in {{.Path}}; er is niets gewijzigd. Probeer het opnieuw als dat klaar is", args)
	case "db_no_space":
		text = lang.X("error.db_no_space", "de schijf met {{.Path}} is vol; er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw", args)
	case "db_no_access":
		text = lang.X("error.db_no_access", "{{.Path}} mag niet worden gelezen of gewijzigd (alleen-lezen, of geen toegang tot het bestand of de map); er is niets gewijzigd. Kies een map in uw eigen profiel of vraag toegang", args)
	case "disk_error":
		text = lang.X("error.disk_error", "de schijf gaf een fout bij het lezen of schrijven van {{.Path}}; er is niets gewijzigd. Staat de database op een USB-stick of netwerkschijf, zet haar dan op de eigen schijf.", args)
	case "damaged":
		text = lang.X("error.damaged", "de database {{.Path}} is beschadigd{{.What}}.", args)
	case "file_no_space":
		text = lang.X("error.file_no_space", "de schijf is vol: er is geen ruimte om {{.File}} op te slaan. Maak ruimte vrij of kies een map op een andere schijf; er is niets gewijzigd", args)
	case "file_no_access":
		text = lang.X("error.file_no_access", "Ketenregie mag niet schrijven in {{.Dir}}. Kies een andere map (bijvoorbeeld Documenten); er is niets gewijzigd", args)
	case "change_clock":
		text = lang.X("error.change_clock", "wijziging {{.Change}} heeft geen geldige klokwaarde", args)
	case "record_two_kinds":
		text = lang.X("error.record_two_kinds", "het bestand noemt record {{.ID}} zowel {{.Entity}} als {{.Other}}", args)
	case "record_kind_changed":
		text = lang.X("error.record_kind_changed", "record {{.ID}} is in deze database een {{.Held}}; het bestand maakt er een {{.Entity}} van", args)
	case "change_not_accepted":
		text = lang.X("error.change_not_accepted", "wijziging {{.Change}} ({{.Entity}}, veld {{.Field}}) wordt niet aanvaard: {{.What}}", args)
	case "change_incomplete":
		text = lang.X("error.change_incomplete", "wijziging {{.Change}} is onvolledig", args)
	case "change_as_reference":
		text = lang.X("error.change_as_reference", "wijziging {{.Change}} doet zich voor als referentiegegevens", args)
	case "change_twice":
		text = lang.X("error.change_twice", "het bestand bevat twee verschillende wijzigingen {{.Change}}", args)
	case "changes_missing":
		text = lang.X("error.changes_missing", "van apparaat {{.Device}} ontbreken wijzigingen {{.From}} tot {{.To}}; importeer eerst een volledig bestand", args)
	case "change_altered":
		text = lang.X("error.change_altered", "wijziging {{.Change}} is veranderd of beschadigd (de hashketen klopt niet)", args)
	case "own_unknown_changes":
		text = lang.X("error.own_unknown_changes", "het bestand bevat wijzigingen die zeggen van deze computer te komen, maar die deze database niet kent. Waarschijnlijk is deze database een oude kopie of een teruggezette reservekopie. Importeer het bestand in de database waar deze computer mee werkt, of vraag advies.")
	case "diverged":
		text = lang.X("error.diverged", "apparaat {{.Device}} heeft twee verschillende geschiedenissen (de database is waarschijnlijk naar een andere computer gekopieerd en daar verder gebruikt). Het bestand is niet geïmporteerd; laat de collega op die computer Ketenregie bijwerken zodat de kopie een eigen identiteit krijgt.", args)
	case "change_own_parent":
		text = lang.X("error.change_own_parent", "wijziging {{.Change}} noemt zichzelf als voorganger", args)
	case "parent_missing":
		text = lang.X("error.parent_missing", "wijziging {{.Change}} bouwt voort op {{.Parent}}, die in het bestand en in deze database ontbreekt", args)
	case "parent_other_field":
		text = lang.X("error.parent_other_field", "wijziging {{.Change}} noemt een voorganger van een ander veld", args)
	case "parents_cycle":
		text = lang.X("error.parents_cycle", "de wijzigingen in het bestand verwijzen in een kring naar elkaar")
	case "backup_no_space":
		text = lang.X("error.backup_no_space", "de schijf is vol: er is geen ruimte voor een reservekopie in {{.Dir}}. Maak ruimte vrij (bijvoorbeeld door oude bestanden te verwijderen) en probeer het opnieuw; er is niets gewijzigd", args)
	case "backup_no_access":
		text = lang.X("error.backup_no_access", "Ketenregie mag geen reservekopie schrijven in {{.Dir}}. Geef uw account schrijfrechten op die map (of vraag het de beheerder) en probeer het opnieuw; er is niets gewijzigd", args)
	case "backup_failed":
		text = lang.X("error.backup_failed", "de reservekopie in {{.Dir}} kon niet worden geschreven ({{.Err}}); er is niets gewijzigd. Is de schijf vol of niet bereikbaar? Maak ruimte vrij en probeer het opnieuw", args)
	case "repair_refused":
		text = lang.X("error.repair_refused", "{{.Broken}} van de {{.Total}} problemen zitten in het wijzigingslogboek of het databasebestand zelf: opnieuw opbouwen uit het logboek zou die schade alleen overnemen, dus er is niets veranderd. Zet een reservekopie terug uit {{.Dir}}", args)
	case "backup_missing":
		text = lang.X("error.backup_missing", "de reservekopie {{.File}} bestaat niet of is geen gewoon bestand; zie 'ketenregie backup list'", args)
	case "backup_unusable":
		text = lang.X("error.backup_unusable", "{{.File}} is geen reservekopie die deze versie van Ketenregie kan terugzetten", args)
	case "backup_damaged":
		text = lang.X("error.backup_damaged", "de reservekopie {{.File}} is zelf beschadigd; kies een andere (ketenregie backup list)", args)
	case "not_erasable":
		text = lang.X("error.not_erasable", "alleen personen kunnen vergeten worden, geen {{.Kinds}}", args)
	case "not_ordered":
		text = lang.X("error.not_ordered", "een {{.Kind}} heeft geen volgorde", args)
	case "bad_index":
		text = lang.X("error.bad_index", "plaats {{.Index}}: tel vanaf 0", args)
	case "not_found":
		text = lang.X("error.not_found", "geen {{.Kind}} met id {{.ID}}", args)
	case "no_version":
		text = lang.X("error.no_version", "dit plan heeft geen versie {{.Version}}", args)
	case "no_point":
		text = lang.X("error.no_point", "versie {{.Version}} is gemaakt voordat Ketenregie de tekst van een versie vastlegde; die tekst is niet meer te tonen", args)
	case "point_missing":
		text = lang.X("error.point_missing", "deze versie is gemaakt met wijzigingen die hier nog niet zijn binnengekomen (van apparaat {{.Device}}); lees eerst de bestanden van die collega in", args)
	case "sender_unknown":
		text = lang.X("error.sender_unknown", "het bestand zegt niet van welk apparaat het komt")
	case "sender_key_changed":
		text = lang.X("error.sender_key_changed", "het bestand zegt van {{.Name}} ({{.Device}}) te komen, maar is ondertekend met een andere sleutel dan eerder van dat apparaat. Het is niet geïmporteerd; vraag uw collega hoe het bestand is gemaakt.", args)
	case "conflict_not_found":
		text = lang.X("error.conflict_not_found", "geen open conflict met id {{.ID}}", args)
	case "erased":
		text = lang.X("error.erased", "deze persoon is vergeten (AVG) en kan niet worden teruggezet")
	case "not_found_deleted":
		text = lang.X("error.not_found_deleted", "geen verwijderde {{.Kind}} met id {{.ID}}", args)
	case "tip_size":
		text = lang.X("error.tip_size", "een handtekening in het bestand is ongeldig (grootte)")
	case "tip_unreadable":
		text = lang.X("error.tip_unreadable", "een handtekening in het bestand is ongeldig (onleesbaar)")
	case "tip_content":
		text = lang.X("error.tip_content", "een handtekening in het bestand is ongeldig (inhoud)")
	case "tip_signature":
		text = lang.X("error.tip_signature", "een handtekening in het bestand is ongeldig (de handtekening klopt niet)")
	case "tip_twice":
		text = lang.X("error.tip_twice", "het bestand bevat twee handtekeningen van apparaat {{.Device}}", args)
	case "tip_missing":
		text = lang.X("error.tip_missing", "het bestand bevat wijzigingen van apparaat {{.Device}} zonder diens handtekening; wie het bestand maakte, kan ze niet doorgeven. Lees een bestand van dat apparaat zelf in", args)
	case "tip_short":
		text = lang.X("error.tip_short", "de handtekening van {{.Name}} ({{.Device}}) dekt niet de wijzigingen van dat apparaat in het bestand", args)
	case "tip_key_differs":
		text = lang.X("error.tip_key_differs", "het bestand van {{.Name}} bevat een handtekening van dat apparaat met een andere sleutel dan het bestand zelf", args)
	case "relayed_key_changed":
		text = lang.X("error.relayed_key_changed", "het bestand van {{.Name}} bevat wijzigingen die zeggen van {{.Author}} ({{.Device}}) te komen, maar ondertekend met een andere sleutel dan eerder van dat apparaat. Het is niet geïmporteerd; vraag uw collega's hoe het bestand is gemaakt.", args)
	case "snapshot_read_only":
		text = lang.X("error.snapshot_read_only", "een momentopname kan niet schrijven")
	case "newer_schema":
		text = lang.X("error.newer_schema", "{{.Path}} is gemaakt door een nieuwere versie van Ketenregie (schema {{.Version}}; deze versie kent schema {{.Known}}). Werk Ketenregie bij; het bestand is niet gewijzigd.", args)
	case "not_a_database":
		text = lang.X("error.not_a_database", "{{.Path}} is geen Ketenregie-database ({{.Err}}); het bestand is niet gewijzigd", args)
	case "bad_schema_version":
		text = lang.X("error.bad_schema_version", "{{.Path}} heeft een schemaversie ({{.Version}}) die Ketenregie nooit schrijft; het is geen Ketenregie-database of het is beschadigd. Het bestand is niet gewijzigd", args)
	case "not_ketenregie":
		text = lang.X("error.not_ketenregie", "{{.Path}} is een database van een ander programma; het bestand is niet gewijzigd", args)
	case "in_use":
		text = lang.X("error.in_use", "deze {{.Kind}} wordt nog gebruikt door {{.Uses}}; pas die eerst aan", args)
	case "not_empty":
		text = lang.X("error.not_empty", "de demoregio kan alleen in een lege database worden geladen; deze database bevat al gegevens")
	default:
		return ""
	}
	switch backup, advised := e.Args["Backup"]; {
	case !advised:
	case backup == "":
		text += " " + lang.X("error.restore.none", "Er is geen reservekopie. Sluit Ketenregie, bewaar een kopie van het bestand en vraag om hulp; wat u met collega's uitwisselde, krijgt u van hen terug met hun bestanden.", args)
	default:
		text += " " + lang.X("error.restore", "Zet een reservekopie terug: in Ketenregie onder Instellingen › Reservekopieën, of met 'ketenregie backup restore {{.Backup}}' (de nieuwste, van {{.BackupTime}}). Wat u daarna met collega's uitwisselde, krijgt u van hen terug.", args)
	}
	return text
}

// usesText is data's list of the records that still use one (Args'
// UsedBy: kind.field=count, comma-separated) in the window's language:
// "2 contactpersonen (organisatie), 1 ketenafspraak (...)". "" when there
// is no such list.
func usesText(usedBy string) string {
	var out []string
	for _, use := range strings.Split(usedBy, ",") {
		kindField, count, ok := strings.Cut(use, "=")
		kind, field, ok2 := strings.Cut(kindField, ".")
		if !ok || !ok2 {
			return ""
		}
		name := kindPlural(kind)
		if count == "1" {
			name = Kind(kind)
		}
		out = append(out, lang.X("error.in_use.use", "{{.Count}} {{.Kind}} ({{.Field}})",
			map[string]any{"Count": count, "Kind": name, "Field": Field(kind, field)}))
	}
	return strings.Join(out, ", ")
}

// kindPlural is the plural of kindLabel: data.Kind's Plural in Dutch.
func kindPlural(kind string) string {
	switch kind {
	case "municipality":
		return lang.X("error.kinds.municipality", "gemeenten")
	case "cluster":
		return lang.X("error.kinds.cluster", "clusters")
	case "organisation":
		return lang.X("error.kinds.organisation", "organisaties")
	case "contact":
		return lang.X("error.kinds.contact", "contactpersonen")
	case "agreement":
		return lang.X("error.kinds.agreement", "ketenafspraken")
	case "party":
		return lang.X("error.kinds.party", "partijen")
	case "plan":
		return lang.X("error.kinds.plan", "beleidsplannen")
	case "section":
		return lang.X("error.kinds.section", "hoofdstukken")
	case "block":
		return lang.X("error.kinds.block", "tekstblokken")
	case "action":
		return lang.X("error.kinds.action", "acties")
	case "assessment":
		return lang.X("error.kinds.assessment", "zelfevaluaties")
	case "planversion":
		return lang.X("error.kinds.planversion", "versiebeheer")
	case "activity":
		return lang.X("error.kinds.activity", "activiteiten")
	case "measure":
		return lang.X("error.kinds.measure", "eigen maten")
	case "figure":
		return lang.X("error.kinds.figure", "cijfers")
	}
	if k := data.KindNamed(kind); k != nil {
		return k.Plural
	}
	return kind
}

// bundleText is why an exchange file was refused (or a sync left one
// alone) in the window's language, "" for an error whose sentence it does
// not know. Each key is the error's Text, and its Dutch text is the
// template bundle filled (a test holds them equal, and finds every one).
func bundleText(e *bundle.Error) string {
	args := map[string]any{}
	for k, v := range e.Args {
		args[k] = v
	}
	switch e.Text {
	case "too-many-changes":
		return lang.X("error.bundle.too-many-changes", "de database heeft meer wijzigingen dan één uitwisselbestand mag bevatten (hoogstens {{.Max}} wijzigingen en {{.MB}} MB); maak een bestand voor één collega, met alleen wat die nog niet heeft", args)
	case "unreadable":
		return lang.X("error.bundle.unreadable", "{{.Path}} bestaat niet of is niet te lezen", args)
	case "not-regular":
		return lang.X("error.bundle.not-regular", "{{.File}} is geen gewoon bestand en wordt niet gelezen", args)
	case "changed-while-read":
		return lang.X("error.bundle.changed-while-read", "{{.File}} veranderde tijdens het lezen en wordt niet gelezen", args)
	case "too-large":
		return lang.X("error.bundle.too-large", "het bestand is groter dan {{.MB}} MB en wordt niet gelezen", args)
	case "not-zip":
		return lang.X("error.bundle.not-zip", "dit is geen uitwisselbestand van Ketenregie (of het is afgebroken)")
	case "passphrase-needed":
		return lang.X("error.bundle.passphrase-needed", "het bestand is versleuteld; geef het wachtwoord van het team op")
	case "not-an-age-key":
		return lang.X("error.bundle.not-an-age-key", "de geheime sleutel is geen age-sleutel")
	case "passphrase-wrong":
		return lang.X("error.bundle.passphrase-wrong", "het wachtwoord of de sleutel past niet bij dit bestand")
	case "encrypted-damaged":
		return lang.X("error.bundle.encrypted-damaged", "het versleutelde bestand is beschadigd of afgebroken")
	case "entry-twice":
		return lang.X("error.bundle.entry-twice", "het bestand bevat {{.Entry}} twee keer", args)
	case "entries":
		return lang.X("error.bundle.entries", "dit is geen uitwisselbestand van Ketenregie: het bevat {{.Entries}}", args)
	case "manifest-unreadable":
		return lang.X("error.bundle.manifest-unreadable", "de inhoudsopgave van het bestand is onleesbaar")
	case "newer":
		return lang.X("error.bundle.newer", "dit bestand is gemaakt met een nieuwere Ketenregie; werk Ketenregie bij naar versie {{.Version}} of nieuwer", args)
	case "older":
		return lang.X("error.bundle.older", "dit bestand is gemaakt met een oudere Ketenregie, zonder handtekening per apparaat; vraag uw collega Ketenregie bij te werken naar versie {{.Version}} of nieuwer en het bestand opnieuw te maken", args)
	case "signature":
		return lang.X("error.bundle.signature", "de handtekening van het bestand klopt niet: het is na het maken veranderd, of niet door Ketenregie gemaakt")
	case "manifest-device":
		return lang.X("error.bundle.manifest-device", "de inhoudsopgave van het bestand is ongeldig (apparaat)")
	case "manifest-for":
		return lang.X("error.bundle.manifest-for", "de inhoudsopgave van het bestand is ongeldig (bestemd voor)")
	case "manifest-name":
		return lang.X("error.bundle.manifest-name", "de inhoudsopgave van het bestand is ongeldig (naam van het apparaat)")
	case "manifest-person":
		return lang.X("error.bundle.manifest-person", "de inhoudsopgave van het bestand is ongeldig (naam van de coördinator)")
	case "manifest-origins":
		return lang.X("error.bundle.manifest-origins", "de inhoudsopgave van het bestand is ongeldig (handtekeningen)")
	case "manifest-known":
		return lang.X("error.bundle.manifest-known", "de inhoudsopgave van het bestand is ongeldig (bekende wijzigingen)")
	case "manifest-tips":
		return lang.X("error.bundle.manifest-tips", "de inhoudsopgave van het bestand is ongeldig (laatste wijzigingen)")
	case "entry-too-large":
		return lang.X("error.bundle.entry-too-large", "{{.Entry}} in het bestand is te groot", args)
	case "entry-unreadable":
		return lang.X("error.bundle.entry-unreadable", "{{.Entry}} in het bestand is onleesbaar", args)
	case "entry-damaged":
		return lang.X("error.bundle.entry-damaged", "{{.Entry}} in het bestand is beschadigd of afgebroken", args)
	case "count-impossible":
		return lang.X("error.bundle.count-impossible", "het bestand zegt {{.Count}} wijzigingen te bevatten; dat kan niet", args)
	case "unpacked-too-large":
		return lang.X("error.bundle.unpacked-too-large", "de wijzigingen in het bestand zijn uitgepakt {{.MB}} MB, meer dan de {{.Max}} MB die Ketenregie leest", args)
	case "ratio":
		return lang.X("error.bundle.ratio", "de wijzigingen in het bestand pakken {{.Ratio}} keer zo groot uit als ze zijn; zo comprimeert geen echt uitwisselbestand", args)
	case "checksum":
		return lang.X("error.bundle.checksum", "de wijzigingen in het bestand zijn veranderd of afgebroken (de controlesom klopt niet)")
	case "more-changes":
		return lang.X("error.bundle.more-changes", "het bestand bevat meer wijzigingen dan het zegt ({{.Count}})", args)
	case "line-unreadable":
		return lang.X("error.bundle.line-unreadable", "regel {{.Line}} van de wijzigingen is onleesbaar", args)
	case "line-value-too-large":
		return lang.X("error.bundle.line-value-too-large", "regel {{.Line}} van de wijzigingen heeft een te grote waarde", args)
	case "line-no-device":
		return lang.X("error.bundle.line-no-device", "regel {{.Line}} van de wijzigingen komt niet van een apparaat", args)
	case "line-too-many-parents":
		return lang.X("error.bundle.line-too-many-parents", "regel {{.Line}} van de wijzigingen noemt te veel voorgangers", args)
	case "line-bad-parent":
		return lang.X("error.bundle.line-bad-parent", "regel {{.Line}} van de wijzigingen noemt een onleesbare voorganger", args)
	case "line-too-long":
		return lang.X("error.bundle.line-too-long", "regel {{.Line}} van de wijzigingen is te lang", args)
	case "count-differs":
		return lang.X("error.bundle.count-differs", "het bestand bevat {{.Count}} wijzigingen in plaats van {{.Want}}", args)
	case "not-exchange-file":
		return lang.X("error.bundle.not-exchange-file", "geen uitwisselbestand")
	case "not-a-folder":
		return lang.X("error.bundle.not-a-folder", "{{.Dir}} is geen map", args)
	case "own-file":
		return lang.X("error.bundle.own-file", "een kopie van het bestand van deze computer")
	}
	return ""
}

// Skip is a file a sync left alone and why, in the window's language:
// in Dutch the command line's line, "desktop.ini (geen uitwisselbestand)"
// or "naam.ketenregie: waarom".
func Skip(s bundle.Skip) string {
	var why string
	var be *bundle.Error
	if errors.As(s.Err, &be) {
		why = bundleText(be)
		if why == "" {
			why = be.Msg
		}
		if bundle.IsNotExchangeFile(s.Err) {
			return fmt.Sprintf("%s (%s)", s.File, why)
		}
	} else if e, ok := data.AsError(s.Err); ok {
		if why = saidText(e); why == "" {
			why = e.Msg
		}
	} else {
		why = s.Err.Error()
	}
	return s.File + ": " + why
}
