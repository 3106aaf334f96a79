package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// errorText is the message for an error from the store, in the user's
// words: for what the disk, the file system or SQLite said (data.Explain)
// and for a value the store refused, the same message as the command
// line's in the window's language; for any other error from the store its
// own message.
func errorText(err error) string {
	e, ok := data.AsError(err)
	if !ok {
		return lang.X("error.generic", "Er ging iets mis: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	if text := saidText(e); text != "" {
		return capitalise(text)
	}
	if text := invalidText(e); text != "" {
		return capitalise(text)
	}
	return capitalise(e.Msg)
}

// invalidText is the message of a value the store refused for a field, in
// the window's language: the field's label, a colon and what is wrong, by
// the error's Reason and with the values data named in its Args, so in
// Dutch the command line's words (but for the choices, which the window
// names by their labels). "" for any other error, and for one whose values
// data did not name.
func invalidText(e *data.Error) string {
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
		args["Choices"] = strings.Join(choiceLabels(f.Choices), ", ")
	}
	if _, ok := args["Kind"]; ok {
		// data's Dutch name of the kind pointed at, or of the record itself
		args["Kind"] = kindLabel(e.Kind)
		if e.Reason == "ref" {
			args["Kind"] = kindLabel(f.Target)
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
	case "period":
		switch e.Kind {
		case "plan":
			text = lang.X("error.invalid.period.plan", "de periode eindigt voor ze begint")
		case "agreement":
			text = lang.X("error.invalid.period.agreement", "de einddatum ligt voor de datum van inwerkingtreding")
		}
	}
	if text == "" || strings.Contains(text, "<no value>") { // a value data did not name
		return ""
	}
	return fieldLabel(e.Kind, e.Field) + ": " + text
}

// saidText is the message of an error made by data.Said in the window's
// language, "" for any other error. Each key is the error's Reason, and its
// Dutch text is the template data.Said filled (a test holds them equal).
func saidText(e *data.Error) string {
	args := map[string]any{}
	for k, v := range e.Args {
		args[k] = v
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
