package app

import (
	"fyne.io/fyne/v2/lang"

	"ketenregie/data"
)

// errorText is the message for an error from the store, in the user's
// words: for what the disk, the file system or SQLite said (data.Explain),
// the same message as the command line's in the window's language; for any
// other error from the store its own message.
func errorText(err error) string {
	e, ok := data.AsError(err)
	if !ok {
		return lang.X("error.generic", "Er ging iets mis: {{.Err}}", map[string]any{"Err": err.Error()})
	}
	if text := saidText(e); text != "" {
		return capitalise(text)
	}
	return capitalise(e.Msg)
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
