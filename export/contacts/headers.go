package contacts

import "fmt"

// The columns of the contact lists coordinators already have, by the
// program that writes them, and what each column holds for Ketenregie.
// Every name is written once, as its program writes it; headerKey folds
// case, accents, spaces and punctuation when a file is read.
//
// Some columns hold nothing a work contact keeps, and are decided here once
// for every program:
//
//   - A birthday, a birth year or an anniversary is NotNeeded, not merely
//     left out. A column left out is named in the preview and can be kept
//     in the notes with one choice ("bewaar de rest in de notities"); a date
//     of birth must never end up there by that one choice. It says nothing
//     about the work, and Ketenregie keeps the least data (DOMAIN: work
//     details only, AVG). So do an ID number (Outlook's "Sofinummer" is a
//     BSN), gender, and the program's own bookkeeping (priority,
//     sensitivity, display names, types and labels of addresses, photos).
//   - A home number, home address, spouse, children, hobbies and personal
//     web pages are the person's private life: not imported, but named, so
//     the user decides. A home number is not "another number" (PhoneOther),
//     because another number is kept in the notes when there is a work
//     number: a private number would be copied without anyone choosing it.
//     The vCard reader leaves TEL;TYPE=HOME out for the same reason.
//   - The employer's address is work data, but Ketenregie has no field for
//     it (the organisation record has one, filled by hand): not imported and
//     named, so keeping it in the notes is one choice away.
//   - A courtesy title (Outlook's "Title"/"Titel": Dhr., Mevr., mr., dr.)
//     is not a job title. It is left out but named: "mr." before the name
//     of an officier van justitie is one a coordinator may want to keep.
//   - Fax, pager and telex numbers cannot be called, and are NotNeeded;
//     every other number (a second work number, the switchboard, the
//     assistant's) is PhoneOther: the number to call when there is no work
//     or mobile number, else kept in the notes.
//   - Outlook's Categorieën are the user's own labels ("Mensenhandel") and
//     are named; Google's groups and labels always hold its own system
//     groups ("* myContacts") and are NotNeeded.
//   - A profession (Outlook's Beroep, Google's Occupation) is read as the
//     role: Ketenregie's own Outlook export (WriteOutlookCSV) writes the
//     role there, and a profession that names no role becomes the job title
//     or a note (plan.go).

// column is a column a program writes and what it holds.
type column struct {
	name   string
	target Target
}

// producer is the contact export of one program in one language.
type producer struct {
	name   string   // the program, as the user knows it
	source string   // where the column names come from
	fixed  []column // the columns it always writes, in its order
	// numbered are the columns written once per value ("E-mail 2 -
	// Value"), for value n; nil for a program with fixed columns only.
	numbered func(n int) []column
}

// maxNumbered is the highest value number known of a numbered column; a
// contact with more addresses than that is rare enough to map by hand.
const maxNumbered = 20

// outlookEnglish is Outlook for Windows' export to a CSV file (Bestand >
// Openen en exporteren > Importeren/exporteren > Exporteren naar een
// bestand > Door komma's gescheiden waarden), in English: 92 columns,
// always in this order, as many importers list them (for example
// michalbe/csv2vcard's README and Open-Xchange's Outlook mapping).
var outlookEnglish = producer{
	name:   "Outlook (Engels)",
	source: "Outlook for Windows, export naar CSV; de kolommen zoals importers ze noemen (michalbe/csv2vcard, Open-Xchange)",
	fixed: []column{
		{"Title", Ignore}, {"First Name", FirstName}, {"Middle Name", MiddleName}, {"Last Name", LastName},
		{"Suffix", Ignore}, {"Company", Organisation}, {"Department", Ignore}, {"Job Title", Function},
		{"Business Street", Ignore}, {"Business Street 2", Ignore}, {"Business Street 3", Ignore},
		{"Business City", Ignore}, {"Business State", Ignore}, {"Business Postal Code", Ignore},
		{"Business Country/Region", Ignore},
		{"Home Street", Ignore}, {"Home Street 2", Ignore}, {"Home Street 3", Ignore}, {"Home City", Ignore},
		{"Home State", Ignore}, {"Home Postal Code", Ignore}, {"Home Country/Region", Ignore},
		{"Other Street", Ignore}, {"Other Street 2", Ignore}, {"Other Street 3", Ignore}, {"Other City", Ignore},
		{"Other State", Ignore}, {"Other Postal Code", Ignore}, {"Other Country/Region", Ignore},
		{"Assistant's Phone", PhoneOther}, {"Business Fax", NotNeeded}, {"Business Phone", Phone},
		{"Business Phone 2", PhoneOther}, {"Callback", PhoneOther}, {"Car Phone", PhoneOther},
		{"Company Main Phone", PhoneOther}, {"Home Fax", NotNeeded}, {"Home Phone", Ignore}, {"Home Phone 2", Ignore},
		{"ISDN", PhoneOther}, {"Mobile Phone", Mobile}, {"Other Fax", NotNeeded}, {"Other Phone", PhoneOther},
		{"Pager", NotNeeded}, {"Primary Phone", PhoneOther}, {"Radio Phone", PhoneOther}, {"TTY/TDD Phone", PhoneOther},
		{"Telex", NotNeeded},
		{"Account", Ignore}, {"Anniversary", NotNeeded}, {"Assistant's Name", Ignore}, {"Billing Information", NotNeeded},
		{"Birthday", NotNeeded}, {"Business Address PO Box", Ignore}, {"Categories", Ignore}, {"Children", Ignore},
		{"Directory Server", NotNeeded},
		{"E-mail Address", Email}, {"E-mail Type", NotNeeded}, {"E-mail Display Name", NotNeeded},
		{"E-mail 2 Address", EmailOther}, {"E-mail 2 Type", NotNeeded}, {"E-mail 2 Display Name", NotNeeded},
		{"E-mail 3 Address", EmailOther}, {"E-mail 3 Type", NotNeeded}, {"E-mail 3 Display Name", NotNeeded},
		{"Gender", NotNeeded}, {"Government ID Number", NotNeeded}, {"Hobby", Ignore}, {"Home Address PO Box", Ignore},
		{"Initials", NotNeeded}, {"Internet Free Busy", NotNeeded}, {"Keywords", Ignore}, {"Language", Ignore},
		{"Location", Ignore}, {"Manager's Name", Ignore}, {"Mileage", NotNeeded}, {"Notes", Notes},
		{"Office Location", Ignore}, {"Organizational ID Number", NotNeeded}, {"Other Address PO Box", Ignore},
		{"Priority", NotNeeded}, {"Private", NotNeeded}, {"Profession", Role}, {"Referred By", Ignore},
		{"Sensitivity", NotNeeded}, {"Spouse", Ignore},
		{"User 1", Ignore}, {"User 2", Ignore}, {"User 3", Ignore}, {"User 4", Ignore}, {"Web Page", Ignore},
	},
}

// outlookDutch is the same export by a Dutch Outlook: the same 92 fields,
// the first 48 in the English order, the rest sorted by their Dutch name.
// The list is the one in Open-Xchange's CSVContactImporterTest, whose file
// lost the accents of "Categorieën" and "Privé"; Outlook writes them in
// Windows-1252.
var outlookDutch = producer{
	name:   "Outlook (Nederlands)",
	source: "Outlook for Windows (Nederlands), export naar CSV; Open-Xchange CSVContactImporterTest",
	fixed: []column{
		{"Titel", Ignore}, {"Voornaam", FirstName}, {"Middelste naam", MiddleName}, {"Achternaam", LastName},
		{"Achtervoegsel", Ignore}, {"Bedrijf", Organisation}, {"Afdeling", Ignore}, {"Functie", Function},
		{"Werkadres, straat", Ignore}, {"Werkadres 2, straat", Ignore}, {"Werkadres 3, straat", Ignore},
		{"Werkadres, plaats", Ignore}, {"Werkadres, provincie", Ignore}, {"Werkadres, postcode", Ignore},
		{"Land/regio (werk)", Ignore},
		{"Huisadres, straat", Ignore}, {"Huisadres, straat 2", Ignore}, {"Huisadres, straat 3", Ignore},
		{"Huisadres, plaats", Ignore}, {"Huisadres, provincie", Ignore}, {"Huisadres, postcode", Ignore},
		{"Land/regio (thuis)", Ignore},
		{"Ander adres, straat", Ignore}, {"Ander adres, straat 2", Ignore}, {"Ander adres, straat 3", Ignore},
		{"Ander adres, plaats", Ignore}, {"Ander adres, provincie", Ignore}, {"Ander adres, postcode", Ignore},
		{"Land/regio (anders)", Ignore},
		{"Telefoon assistent", PhoneOther}, {"Fax op werk", NotNeeded}, {"Telefoon op werk", Phone},
		{"Telefoon op werk 2", PhoneOther}, {"Terugbellen", PhoneOther}, {"Autotelefoon", PhoneOther},
		{"Hoofdtelefoon bedrijf", PhoneOther}, {"Fax thuis", NotNeeded}, {"Telefoon thuis", Ignore},
		{"Telefoon thuis 2", Ignore}, {"ISDN", PhoneOther}, {"Mobiele telefoon", Mobile}, {"Andere fax", NotNeeded},
		{"Andere telefoon", PhoneOther}, {"Pager", NotNeeded}, {"Hoofdtelefoon", PhoneOther},
		{"Radiotelefoon", PhoneOther}, {"Teksttelefoon", PhoneOther}, {"Telex", NotNeeded},
		{"Account", Ignore}, {"Adreslijstserver", NotNeeded}, {"Ander adres, postbusnummer", Ignore},
		{"Beroep", Role}, {"Categorieën", Ignore},
		{"E-mailadres", Email}, {"E-mailtype", NotNeeded}, {"Weergavenaam voor e-mail", NotNeeded},
		{"E-mailadres 2", EmailOther}, {"E-mailtype 2", NotNeeded}, {"E-mail, weergegeven naam 2", NotNeeded},
		{"E-mailadres 3", EmailOther}, {"E-mailtype 3", NotNeeded}, {"E-mail, weergegeven naam 3", NotNeeded},
		{"Factuurinformatie", NotNeeded},
		{"Gebruiker 1", Ignore}, {"Gebruiker 2", Ignore}, {"Gebruiker 3", Ignore}, {"Gebruiker 4", Ignore},
		{"Geslacht", NotNeeded}, {"Gevoeligheid", NotNeeded}, {"Hobby's", Ignore}, {"Huisadres, postbusnummer", Ignore},
		{"Initialen", NotNeeded}, {"Internet Beschikbaarheidsinfo", NotNeeded}, {"Kantoorlocatie", Ignore},
		{"Kinderen", Ignore}, {"Locatie", Ignore}, {"Naam assistent", Ignore}, {"Naam manager", Ignore},
		{"Notities", Notes}, {"Organisatie-id", NotNeeded}, {"Partner", Ignore}, {"Prioriteit", NotNeeded},
		{"Privé", NotNeeded}, {"Referentie van", Ignore}, {"Reisafstand", NotNeeded}, {"Sofinummer", NotNeeded},
		{"Speciale datum", NotNeeded}, {"Taal", Ignore}, {"Trefwoorden", Ignore}, {"Verjaardag", NotNeeded},
		{"Webpagina", Ignore}, {"Werkadres, postbusnummer", Ignore},
	},
}

// googleAddress are the columns of a postal address in both Google
// formats; which address it is (home or work) is in its Type or Label
// column, so none of them is known to be work data.
func googleAddress(n int, label string) []column {
	p := fmt.Sprintf("Address %d - ", n)
	return []column{{p + label, NotNeeded}, {p + "Formatted", Ignore}, {p + "Street", Ignore}, {p + "City", Ignore},
		{p + "PO Box", Ignore}, {p + "Region", Ignore}, {p + "Postal Code", Ignore}, {p + "Country", Ignore},
		{p + "Extended Address", Ignore}}
}

// googleValues are the columns Google writes once per value: the first
// address or number is the contact's, the others are other ones. An
// event is a birthday or an anniversary (see above).
func googleValues(n int, label string) []column {
	email, phone := EmailOther, PhoneOther
	if n == 1 {
		email, phone = Email, Phone
	}
	col := func(kind, part string) string { return fmt.Sprintf("%s %d - %s", kind, n, part) }
	out := []column{
		{col("E-mail", label), NotNeeded}, {col("E-mail", "Value"), email},
		{col("Phone", label), NotNeeded}, {col("Phone", "Value"), phone},
		{col("Website", label), NotNeeded}, {col("Website", "Value"), Ignore},
		{col("Event", label), NotNeeded}, {col("Event", "Value"), NotNeeded},
		{col("Relation", label), NotNeeded}, {col("Relation", "Value"), Ignore},
		{col("Custom Field", label), NotNeeded}, {col("Custom Field", "Value"), Ignore},
	}
	return append(out, googleAddress(n, label)...)
}

// googleCSV is the "Google CSV" export of the old Google Contacts (until
// 2023 or so), written in UTF-16: a name and 28 more columns, then
// numbered columns for as many values as the contacts have, each with a
// Type. A cell with several values of one type joins them with " ::: ".
// The column names are those of exports quoted in owncloud-archive/contacts
// issue 785 and in importers of this format.
var googleCSV = producer{
	name:   "Google Contacten (oude Google CSV)",
	source: "Google Contacts, export 'Google CSV' (oud formaat); owncloud-archive/contacts#785 en importers ervan",
	fixed: []column{
		{"Name", Name}, {"Given Name", FirstName}, {"Additional Name", MiddleName}, {"Family Name", LastName},
		{"Yomi Name", NotNeeded}, {"Given Name Yomi", NotNeeded}, {"Additional Name Yomi", NotNeeded},
		{"Family Name Yomi", NotNeeded}, {"Name Prefix", Ignore}, {"Name Suffix", Ignore}, {"Initials", NotNeeded},
		{"Nickname", Ignore}, {"Short Name", Ignore}, {"Maiden Name", Ignore}, {"Birthday", NotNeeded},
		{"Gender", NotNeeded}, {"Location", Ignore}, {"Billing Information", NotNeeded},
		{"Directory Server", NotNeeded}, {"Mileage", NotNeeded}, {"Occupation", Role}, {"Hobby", Ignore},
		{"Sensitivity", NotNeeded}, {"Priority", NotNeeded}, {"Subject", Ignore}, {"Notes", Notes},
		{"Language", Ignore}, {"Photo", NotNeeded}, {"Group Membership", NotNeeded},
	},
	numbered: func(n int) []column {
		out := googleValues(n, "Type")
		out = append(out, column{fmt.Sprintf("IM %d - Type", n), NotNeeded},
			column{fmt.Sprintf("IM %d - Service", n), NotNeeded}, column{fmt.Sprintf("IM %d - Value", n), Ignore})
		if n == 1 { // a second job is the user's to map
			out = append(out, column{"Organization 1 - Type", NotNeeded}, column{"Organization 1 - Name", Organisation},
				column{"Organization 1 - Yomi Name", NotNeeded}, column{"Organization 1 - Title", Function},
				column{"Organization 1 - Department", Ignore}, column{"Organization 1 - Symbol", NotNeeded},
				column{"Organization 1 - Location", Ignore}, column{"Organization 1 - Job Description", Ignore})
		}
		return out
	},
}

// googleContacts is the CSV export of Google Contacts since 2023 ("Google
// CSV" in contacts.google.com), in UTF-8: 17 fixed columns, then numbered
// ones with a Label instead of a Type; the label of the contact's primary
// address starts with "* ". The names are those of real exports pinned in
// tests of other programs (for example a Go mail client's
// TestMergeFileGoogleCSVRealExport).
var googleContacts = producer{
	name:   "Google Contacten (CSV)",
	source: "contacts.google.com, export 'Google CSV' (formaat sinds 2023); echte exports in tests van andere programma's",
	fixed: []column{
		{"First Name", FirstName}, {"Middle Name", MiddleName}, {"Last Name", LastName},
		{"Phonetic First Name", NotNeeded}, {"Phonetic Middle Name", NotNeeded}, {"Phonetic Last Name", NotNeeded},
		{"Name Prefix", Ignore}, {"Name Suffix", Ignore}, {"Nickname", Ignore}, {"File As", NotNeeded},
		{"Organization Name", Organisation}, {"Organization Title", Function}, {"Organization Department", Ignore},
		{"Birthday", NotNeeded}, {"Notes", Notes}, {"Photo", NotNeeded}, {"Labels", NotNeeded},
	},
	numbered: func(n int) []column { return googleValues(n, "Label") },
}

// thunderbirdEnglish is Thunderbird's address book export to CSV
// (Adresboek > Exporteren), in English: the fields of exportAttributes in
// AddrBookUtils, named by importMsgs.properties 2100-2136. Thunderbird
// quotes a value only when it holds a comma, quote or line break.
var thunderbirdEnglish = producer{
	name:   "Thunderbird (Engels)",
	source: "Thunderbird, adresboek exporteren als CSV; AddrBookUtils exportAttributes en en-US importMsgs.properties",
	fixed: []column{
		{"First Name", FirstName}, {"Last Name", LastName}, {"Display Name", Name}, {"Nickname", Ignore},
		{"Primary Email", Email}, {"Secondary Email", EmailOther}, {"Screen Name", NotNeeded},
		{"Work Phone", Phone}, {"Home Phone", Ignore}, {"Fax Number", NotNeeded}, {"Pager Number", NotNeeded},
		{"Mobile Number", Mobile},
		{"Home Address", Ignore}, {"Home Address 2", Ignore}, {"Home City", Ignore}, {"Home State", Ignore},
		{"Home ZipCode", Ignore}, {"Home Country", Ignore},
		{"Work Address", Ignore}, {"Work Address 2", Ignore}, {"Work City", Ignore}, {"Work State", Ignore},
		{"Work ZipCode", Ignore}, {"Work Country", Ignore},
		{"Job Title", Function}, {"Department", Ignore}, {"Organization", Organisation},
		{"Web Page 1", Ignore}, {"Web Page 2", Ignore},
		{"Birth Year", NotNeeded}, {"Birth Month", NotNeeded}, {"Birth Day", NotNeeded},
		{"Custom 1", Ignore}, {"Custom 2", Ignore}, {"Custom 3", Ignore}, {"Custom 4", Ignore}, {"Notes", Notes},
	},
}

// thunderbirdDutch is the same export by a Dutch Thunderbird: the nl
// translation of importMsgs.properties (thunderbird-l10n). Note "Adres",
// "Woonplaats" and "Postcode" are the home address.
var thunderbirdDutch = producer{
	name:   "Thunderbird (Nederlands)",
	source: "Thunderbird (Nederlands), adresboek exporteren als CSV; nl/mail/chrome/messenger/importMsgs.properties",
	fixed: []column{
		{"Voornaam", FirstName}, {"Achternaam", LastName}, {"Weergavenaam", Name}, {"Bijnaam", Ignore},
		{"Primair e-mailadres", Email}, {"Secundair e-mailadres", EmailOther}, {"Schermnaam", NotNeeded},
		{"Telefoon werk", Phone}, {"Telefoon thuis", Ignore}, {"Faxnummer", NotNeeded}, {"Piepernummer", NotNeeded},
		{"Mobiel nummer", Mobile},
		{"Adres", Ignore}, {"Adres 2", Ignore}, {"Woonplaats", Ignore}, {"Provincie", Ignore}, {"Postcode", Ignore},
		{"Land", Ignore},
		{"Werkadres", Ignore}, {"Werkadres 2", Ignore}, {"Werklocatie", Ignore}, {"Werkprovincie", Ignore},
		{"Werkpostcode", Ignore}, {"Werkland", Ignore},
		{"Werkfunctie", Function}, {"Afdeling", Ignore}, {"Organisatie", Organisation},
		{"Webpagina 1", Ignore}, {"Webpagina 2", Ignore},
		{"Geboortejaar", NotNeeded}, {"Geboortemaand", NotNeeded}, {"Geboortedag", NotNeeded},
		{"Overig 1", Ignore}, {"Overig 2", Ignore}, {"Overig 3", Ignore}, {"Overig 4", Ignore},
		{"Aantekeningen", Notes},
	},
}

// ownLists are the headings of lists people keep themselves in Excel or
// LibreOffice Calc, and of Ketenregie's own export (csvHeader), in Dutch
// and English. They are no program's fixed set, so their order says
// nothing.
var ownLists = producer{
	name:   "eigen lijst (Excel, LibreOffice Calc)",
	source: "kopjes die coördinatoren zelf schrijven, en Ketenregies eigen export",
	fixed: []column{
		{"Naam", Name}, {"Volledige naam", Name}, {"Name", Name}, {"Full Name", Name}, {"Contactpersoon", Name},
		{"Contact", Name}, {"Naam contactpersoon", Name},
		{"Roepnaam", FirstName}, {"Voorletters", FirstName},
		{"Tussenvoegsel", MiddleName}, {"Tussenvoegsels", MiddleName},
		{"Surname", LastName},
		{"Organisation", Organisation}, {"Instelling", Organisation}, {"Werkgever", Organisation},
		{"Organisatienaam", Organisation},
		{"Soort organisatie", OrganisationType}, {"Organisatietype", OrganisationType},
		{"Organisation type", OrganisationType}, {"Organization type", OrganisationType},
		{"Functietitel", Function},
		{"Rol", Role}, {"Role", Role},
		{"E-mail", Email}, {"E-mail Address", Email}, {"Email", Email}, {"Email Address", Email}, {"Mail", Email},
		{"E-mail werk", Email}, {"Werk e-mail", Email}, {"E-mailadres werk", Email},
		{"Telefoon", Phone}, {"Telefoonnummer", Phone}, {"Werktelefoon", Phone}, {"Business Phone", Phone},
		{"Phone", Phone}, {"Telephone", Phone}, {"Tel", Phone}, {"Tel.", Phone}, {"Zakelijke telefoon", Phone},
		{"Mobiel", Mobile}, {"Mobielnummer", Mobile}, {"Mobile", Mobile}, {"GSM", Mobile},
		{"Gemeenten", Municipalities}, {"Gemeente(n)", Municipalities}, {"Gemeente", Municipalities},
		{"Werkgebied", Municipalities}, {"Municipalities", Municipalities}, {"Municipality", Municipalities},
		{"Notitie", Notes}, {"Opmerkingen", Notes}, {"Opmerking", Notes}, {"Toelichting", Notes}, {"Note", Notes},
		{"Laatst gecontroleerd", Reviewed}, {"Gecontroleerd", Reviewed}, {"Gecontroleerd op", Reviewed},
		{"Last reviewed", Reviewed},
		// Names copied from the contact form of Outlook, not its export.
		{"Opslaan als", NotNeeded}, {"File As", NotNeeded},
	},
}

// producers are every program whose columns are known.
var producers = []producer{outlookEnglish, outlookDutch, googleCSV, googleContacts, thunderbirdEnglish,
	thunderbirdDutch, ownLists}

// columns are the producer's columns: the fixed ones and the numbered ones
// for values 1 to maxNumbered.
func (p producer) columns() []column {
	out := append([]column(nil), p.fixed...)
	if p.numbered != nil {
		for n := 1; n <= maxNumbered; n++ {
			out = append(out, p.numbered(n)...)
		}
	}
	return out
}

// headerTargets is what each known column holds (by headerKey), and
// headerConflicts the names that two programs give different meanings; a
// test keeps that list empty.
var headerTargets, headerConflicts = func() (map[string]Target, []string) {
	m := map[string]Target{}
	from := map[string]string{}
	var conflicts []string
	for _, p := range producers {
		for _, c := range p.columns() {
			k := headerKey(c.name)
			if t, ok := m[k]; ok && t != c.target {
				conflicts = append(conflicts, fmt.Sprintf("%q: %s zegt %q, %s zegt %q", c.name, from[k], t, p.name, c.target))
				continue
			}
			m[k], from[k] = c.target, p.name
		}
	}
	return m, conflicts
}()

// knownHeaders are the targets GuessMapping proposes, by headerKey.
var knownHeaders = headerTargets
