package contacts

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"ketenregie/data"
	"ketenregie/export/sheet"
)

// The contact lists of the programs coordinators use, as those programs
// write them (testdata/producers, see its README.md), and what an import
// of each must give.

// wantRow is what one row (or card) of a file must give.
type wantRow struct {
	line int // the line of the file the row starts on
	// company is an organisation's own card: it gives no contact, and its
	// e-mail, phone and notes are the organisation's.
	company                                 bool
	name, org, function, role, email, phone string
	reviewed                                string   // YYYY-MM-DD
	munis                                   string   // municipality names, sorted, joined by ","
	notes                                   []string // the notes contain each
	private                                 []string // no value of the row contains any
	warn                                    []string // a warning of the row contains each
}

// producerFile is a fixture and what reading and importing it must give.
type producerFile struct {
	file      string
	format    Format
	encoding  string
	separator rune
	outlook   bool
	// header is the program whose fixed columns are the file's header, in
	// its order (nil for a header of the user's own or numbered columns).
	header *producer
	// targets are what some columns must be proposed as, once no target
	// waits for plan.go.
	targets map[string]Target
	// unmapped and notNeeded are the columns with values the import must
	// name as not imported and as not needed.
	unmapped, notNeeded []string
	rows                []wantRow
}

var producerFiles = []producerFile{
	{
		file: "outlook-nl.csv", format: FormatCSV, encoding: Encoding1252, separator: ',', outlook: true,
		header: &outlookDutch,
		targets: map[string]Target{"Titel": Ignore, "Voornaam": FirstName, "Middelste naam": MiddleName,
			"Functie": Function, "Telefoon op werk": Phone, "Mobiele telefoon": Mobile, "Telefoon thuis": Ignore,
			"Hoofdtelefoon bedrijf": PhoneOther, "Fax op werk": NotNeeded, "E-mailadres": Email,
			"E-mailadres 2": EmailOther, "Weergavenaam voor e-mail": NotNeeded, "Verjaardag": NotNeeded,
			"Sofinummer": NotNeeded, "Categorieën": Ignore, "Werkadres, straat": Ignore, "Notities": Notes},
		unmapped: []string{"Titel", "Afdeling", "Werkadres, straat", "Werkadres, plaats", "Werkadres, postcode",
			"Land/regio (werk)", "Telefoon thuis", "Categorieën", "Partner"},
		notNeeded: []string{"Fax op werk", "E-mailtype", "Weergavenaam voor e-mail", "E-mailtype 2",
			"E-mail, weergegeven naam 2", "Geslacht", "Gevoeligheid", "Initialen", "Prioriteit", "Privé",
			"Speciale datum", "Verjaardag"},
		rows: []wantRow{
			{line: 2, name: "Noëlle de Vries", org: "Gemeente Hoorn", function: "Beleidsmedewerker",
				email: "n.devries@hoorn.example.nl", phone: "0229 252200",
				notes: []string{"Aanspreekpunt meldroute; ook voor Koggenland", "06-12345678"}},
			{line: 3, name: "Emre Çelik", org: "Politie Noord-Holland", function: "Wijkagent", role: "politie",
				email: "emre.celik@politie.example.nl", phone: "06 23456789", warn: []string{"Exchange"}},
			{line: 4, company: true, org: "Veilig Thuis Noord-Holland Noord", email: "info@veiligthuisnhn.example.nl",
				phone: "0800-2000", notes: []string{"dag en nacht bereikbaar"}},
			{line: 5, name: "Jeroen Bakker", org: "GGD Hollands Noorden", function: "Jeugdarts", phone: "088 0100555",
				notes:   []string{"Alleen op dinsdag en donderdag\nbereikbaar via het secretariaat"},
				private: []string{"0229 123456", "1978", "Anouk"}, warn: []string{"Exchange"}},
			{line: 7, name: "Sanne Visser", org: "Nederlandse Arbeidsinspectie", function: "Inspecteur",
				email: "s.visser@nla.example.nl", phone: "088 765 43 21", notes: []string{"070 333 44 44"},
				private: []string{"070 333 44 45"}},
		},
	},
	{
		file: "outlook-en.csv", format: FormatCSV, encoding: Encoding1252, separator: ',', outlook: true,
		header: &outlookEnglish,
		targets: map[string]Target{"Title": Ignore, "Job Title": Function, "Business Phone": Phone,
			"Business Phone 2": PhoneOther, "Home Phone": Ignore, "Business Fax": NotNeeded,
			"E-mail 2 Address": EmailOther, "E-mail Display Name": NotNeeded, "Birthday": NotNeeded,
			"Business Street": Ignore, "Gender": NotNeeded, "Government ID Number": NotNeeded},
		unmapped: []string{"Title", "Department", "Business Street", "Business City", "Business Postal Code",
			"Home Phone"},
		notNeeded: []string{"Business Fax", "Anniversary", "Birthday", "E-mail Type", "E-mail Display Name",
			"E-mail 2 Type", "E-mail 2 Display Name", "Gender", "Initials", "Priority", "Private", "Sensitivity"},
		rows: []wantRow{
			{line: 2, name: "Ingrid Jansen", org: "CoMensha", function: "Adviseur", email: "i.jansen@comensha.example.nl",
				phone: "033 123 45 67", notes: []string{"Landelijk coördinatiecentrum; vragen over slachtofferregistratie"},
				private: []string{"1980", "033 123 45 68", "Female"}},
			{line: 3, name: "François Öztürk", org: "RIEC Noord-Holland", function: "RIEC-adviseur", role: "riec-adviseur",
				email: "f.ozturk@riec-nh.example.nl", phone: "088 123 4567", notes: []string{"+31 6 45678901"}},
			{line: 4, name: "Mark de Boer", org: "Gemeente Enkhuizen", function: "Teamleider Veiligheid",
				email: "m.deboer@enkhuizen.example.nl", phone: "0228 360 100", private: []string{"0228 123456"},
				warn: []string{"Exchange"}},
			{line: 5, name: "meldpunt@fairwork.example.nl", email: "meldpunt@fairwork.example.nl"},
		},
	},
	{
		file: "google-old.csv", format: FormatCSV, encoding: EncodingUTF16, separator: ',',
		targets: map[string]Target{"Name": Name, "Given Name": FirstName, "Organization 1 - Title": Function,
			"Organization 1 - Name": Organisation, "E-mail 1 - Value": Email, "E-mail 2 - Value": EmailOther,
			"E-mail 1 - Type": NotNeeded, "Phone 1 - Value": Phone, "Phone 2 - Value": PhoneOther,
			"Group Membership": NotNeeded, "Address 1 - Formatted": Ignore, "Yomi Name": NotNeeded},
		unmapped: []string{"Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
			"Address 1 - Postal Code", "Address 1 - Country", "Organization 1 - Department", "Website 1 - Value"},
		notNeeded: []string{"Group Membership", "E-mail 1 - Type", "E-mail 2 - Type", "Phone 1 - Type",
			"Phone 2 - Type", "Address 1 - Type", "Website 1 - Type"},
		rows: []wantRow{
			{line: 2, name: "Yağmur DOĞAN", org: "GGD Hollands Noorden", function: "Jeugdarts",
				email: "y.dogan@ggdhn.example.nl", phone: "088 010 0555",
				notes: []string{"jeugdarts@ggdhn.example.nl", "06 34567890"}},
			{line: 3, name: "Pieter Smit", org: "Gemeente Medemblik", function: "Beleidsadviseur OOV",
				role: "beleidsadviseur-oov", email: "p.smit@medemblik.example.nl", phone: "0227 282828",
				notes:   []string{"Portefeuille OOV; contact voor de meldroute"},
				private: []string{"0227 111111", "pieter.smit@example.org"}},
			{line: 5, name: "secretariaat@riec-nh.example.nl", email: "secretariaat@riec-nh.example.nl"},
			{line: 6, company: true, org: "Veilig Thuis Noord-Holland Noord", phone: "0800-2000"},
		},
	},
	{
		file: "google-contacts.csv", format: FormatCSV, encoding: EncodingUTF8BOM, separator: ',',
		targets: map[string]Target{"First Name": FirstName, "Last Name": LastName, "Organization Name": Organisation,
			"Organization Title": Function, "Labels": NotNeeded, "E-mail 1 - Label": NotNeeded,
			"E-mail 1 - Value": Email, "Phone 2 - Value": PhoneOther, "Event 1 - Value": NotNeeded,
			"Custom Field 1 - Value": Ignore, "Birthday": NotNeeded, "File As": NotNeeded},
		unmapped: []string{"Organization Department", "Address 1 - Formatted", "Address 1 - Street", "Address 1 - City",
			"Address 1 - Postal Code", "Address 1 - Country", "Custom Field 1 - Value"},
		notNeeded: []string{"Birthday", "Labels", "E-mail 1 - Label", "Phone 1 - Label", "Phone 2 - Label",
			"Address 1 - Label", "Event 1 - Label", "Event 1 - Value", "Custom Field 1 - Label"},
		rows: []wantRow{
			{line: 2, name: "Chaïma El Amrani", org: "RIEC Noord-Holland", function: "Adviseur",
				email: "c.elamrani@riec-nh.example.nl", phone: "088 123 4567",
				notes: []string{"Aanspreekpunt Bibob-vragen\nook voor Zandvoort", "info@riec-nh.example.nl", "+31 6 45678901"}},
			{line: 4, name: "Bram van 't Hof", org: "Gemeente Hoorn", function: "Teamleider Veiligheid",
				email: "b.vanthof@hoorn.example.nl", phone: "0229 252 200", private: []string{"1975", "2010-06-12"}},
			{line: 7, name: "Ertuğrul Yılmaz", org: "Zorg- en Veiligheidshuis Noord-Holland Noord",
				function: "Procesregisseur", role: "procesregisseur-zvh", email: "e.yilmaz@zvhnhn.example.nl",
				phone: "06 56789012"},
			{line: 8, name: "meldpunt@fairwork.example.nl", email: "meldpunt@fairwork.example.nl"},
		},
	},
	{
		file: "thunderbird-en.csv", format: FormatCSV, encoding: EncodingUTF8, separator: ',',
		header: &thunderbirdEnglish,
		targets: map[string]Target{"Display Name": Name, "Primary Email": Email, "Secondary Email": EmailOther,
			"Work Phone": Phone, "Home Phone": Ignore, "Mobile Number": Mobile, "Job Title": Function,
			"Organization": Organisation, "Birth Year": NotNeeded, "Work Address": Ignore, "Custom 1": Ignore,
			"Screen Name": NotNeeded},
		unmapped: []string{"Home Phone", "Home Address", "Home City", "Home ZipCode", "Home Country", "Work Address",
			"Work City", "Work ZipCode", "Work Country", "Department", "Custom 1"},
		notNeeded: []string{"Birth Year", "Birth Month", "Birth Day"},
		rows: []wantRow{
			{line: 2, name: "Femke van den Berg", org: "Gemeente Medemblik", function: "Beleidsadviseur OOV",
				role: "beleidsadviseur-oov", email: "f.vandenberg@medemblik.example.nl", phone: "0227 282828",
				notes:   []string{"Contact voor de meldroute, ook voor Opmeer", "femke.vdberg@example.org", "06-11112222"},
				private: []string{"0227 654321", "Kerkstraat", "1980"}},
			{line: 3, company: true, org: "GGD Hollands Noorden", email: "info@ggdhn.example.nl", phone: "088 010 0555"},
			{line: 4, name: "Jan-Willem Smit", org: "RIEC Noord-Holland", function: "Adviseur",
				email: "jw.smit@riec-nh.example.nl", phone: "088 123 4567",
				notes: []string{"Eerste regel\nTweede regel, met komma", "06-98765432"}},
			{line: 6, name: "Noëlle Çelik-Doğan", org: "Zorgcoördinatie West-Friesland",
				function: "Zorgcoördinator mensenhandel", role: "zorgcoordinator", email: "n.celik@zcwf.example.nl",
				phone: "+31 6 22334455"},
		},
	},
	{
		file: "thunderbird-nl.csv", format: FormatCSV, encoding: Encoding1252, separator: ',',
		header: &thunderbirdDutch,
		targets: map[string]Target{"Weergavenaam": Name, "Primair e-mailadres": Email,
			"Secundair e-mailadres": EmailOther, "Telefoon werk": Phone, "Telefoon thuis": Ignore,
			"Mobiel nummer": Mobile, "Werkfunctie": Function, "Organisatie": Organisation, "Geboortejaar": NotNeeded,
			"Adres": Ignore, "Werkadres": Ignore, "Aantekeningen": Notes, "Piepernummer": NotNeeded},
		unmapped:  []string{"Telefoon thuis", "Afdeling", "Webpagina 1"},
		notNeeded: []string{"Geboortejaar", "Geboortemaand", "Geboortedag"},
		rows: []wantRow{
			{line: 2, name: "Kees Brouwer", org: "Nederlandse Arbeidsinspectie", function: "Inspecteur",
				email: "k.brouwer@nla.example.nl", phone: "088 765 43 21",
				notes: []string{"Arbeidsuitbuiting in de land- en tuinbouw"}},
			{line: 3, name: "Noëlle Müller", org: "Gemeente Hoorn", function: "Aandachtsfunctionaris mensenhandel",
				role: "aandachtsfunctionaris", email: "n.muller@hoorn.example.nl", phone: "0229 252 200",
				notes: []string{"noelle.muller@example.org", "06 12345678"}, private: []string{"0229 123 456", "1985"}},
			{line: 4, name: "Emre Çelik", org: "Politie Noord-Holland", function: "Wijkagent", role: "politie",
				email: "emre.celik@politie.example.nl", phone: "06 23456789"},
			{line: 5, name: "secretariaat@zvhnhn.example.nl", email: "secretariaat@zvhnhn.example.nl"},
		},
	},
	{
		file: "libreoffice-utf8.csv", format: FormatCSV, encoding: EncodingUTF8, separator: ',',
		targets: map[string]Target{"Naam": Name, "Functie": Function, "Organisatie": Organisation,
			"E-mailadres": Email, "Telefoon": Phone, "Mobiel": Mobile, "Gemeente(n)": Municipalities,
			"Opmerkingen": Notes, "Laatst gecontroleerd": Reviewed},
		rows: []wantRow{
			{line: 2, name: "Noëlle de Vries", org: "Gemeente Hoorn", function: "Aandachtsfunctionaris mensenhandel",
				role: "aandachtsfunctionaris", email: "n.devries@hoorn.example.nl", phone: "0229 252200",
				notes: []string{"+31 6 12345678"}, munis: "Hoorn", reviewed: "2025-01-15",
				warn: []string{"229252200", "31612345678", "15-01-25"}},
			{line: 3, name: "Ertuğrul Şahin", org: "Gemeente Den Haag", function: "Beleidsmedewerker",
				email: "e.sahin@denhaag.example.nl", phone: "070 353 30 00",
				notes: []string{"Contact voor de landelijke werkgroep mensenhandel"}, munis: "'s-Gravenhage",
				reviewed: "2025-02-03"},
			{line: 4, name: "Lotte Bakker", org: "Gemeente Bergen (NH)", function: "Teamleider Veiligheid",
				email: "l.bakker@bergen-nh.example.nl", phone: "06-87654321", munis: "Bergen (NH.),Castricum",
				reviewed: "2024-12-20"},
			{line: 5, company: true, org: "Veilig Thuis Noord-Holland Noord", email: "info@veiligthuisnhn.example.nl",
				phone: "0800-2000", notes: []string{"Dag en nacht bereikbaar"}},
			{line: 6, name: "secretariaat@riec-nh.example.nl", email: "secretariaat@riec-nh.example.nl"},
			{line: 7, name: "Mirjam Kok", org: "Zorgcoördinatie West-Friesland", function: "Zorgcoördinator mensenhandel",
				role: "zorgcoordinator", email: "m.kok@zcwf.example.nl", phone: "0229 123456",
				munis: "Hoorn,Koggenland,Medemblik", reviewed: "2025-01-15"},
		},
	},
	{
		file: "libreoffice-1252.csv", format: FormatCSV, encoding: Encoding1252, separator: ';',
		targets: map[string]Target{"Naam": Name, "Functie": Function, "Gemeente(n)": Municipalities},
		rows: []wantRow{
			{line: 2, name: "Noëlle Çelik", org: "RIEC Noord-Holland", function: "Adviseur",
				email: "n.celik@riec-nh.example.nl", phone: "088 1234567", munis: "Haarlem,Zandvoort",
				reviewed: "2025-01-15", warn: []string{"881234567"}},
			{line: 3, name: "Jeroen Müller", org: "GGD Hollands Noorden", function: "Jeugdarts",
				email: "j.muller@ggdhn.example.nl", phone: "06 12345678", munis: "Den Helder",
				notes: []string{"Spreekuur op maandag; via het secretariaat"}, reviewed: "2025-03-03",
				warn: []string{"612345678"}},
			{line: 4, name: "Özlem Kaya", org: "Politie Noord-Holland", function: "Wijkagent", role: "politie",
				email: "o.kaya@politie.example.nl", phone: "0900-8844", munis: "Bergen (NH.)"},
			{line: 5, name: "Anna de Wit", org: "Gemeente Den Haag", function: "Beleidsmedewerker OOV",
				role: "beleidsadviseur-oov", email: "a.dewit@denhaag.example.nl", phone: "070 353 30 00",
				munis: "'s-Gravenhage", reviewed: "2024-12-01"},
		},
	},
	{
		file: "iphone.vcf", format: FormatVCard, encoding: EncodingUTF8,
		rows: []wantRow{
			{line: 1, name: "Emre Çelik", org: "Politie Noord-Holland", function: "Wijkagent", role: "politie",
				email: "emre.celik@politie.example.nl", phone: "06 23 45 67 89"},
			{line: 11, name: "Noëlle de Vries", org: "Gemeente Hoorn", function: "Beleidsmedewerker",
				email: "n.devries@hoorn.example.nl", phone: "0229 252 200",
				notes:   []string{"Aanspreekpunt meldroute\nook voor Koggenland"},
				private: []string{"noelle.devries@example.org", "0229 123 456", "1981"}},
			{line: 27, name: "Yağmur Doğan", org: "GGD Hollands Noorden", function: "Jeugdarts",
				email: "y.dogan@ggdhn.example.nl", phone: "+31 6 34567890"},
		},
	},
	{
		file: "macos.vcf", format: FormatVCard, encoding: EncodingUTF8,
		rows: []wantRow{
			{line: 1, company: true, org: "Veilig Thuis Noord-Holland Noord", email: "info@veiligthuisnhn.example.nl",
				phone: "0800-2000"},
			{line: 13, name: "Jan Smit", org: "Gemeente Hoorn", function: "Teamleider Veiligheid",
				email: "j.smit@hoorn.example.nl", phone: "0229 252 210",
				notes: []string{"Portefeuille OOV, ook Medemblik; vervangt N. de Vries bij afwezigheid", "06 45678901"}},
			{line: 35, name: "Chaïma El Amrani", org: "RIEC Noord-Holland", function: "Adviseur",
				email: "c.elamrani@riec-nh.example.nl", phone: "088 123 4567",
				notes: []string{"chaima.elamrani@example.org"}},
		},
	},
	{
		file: "android.vcf", format: FormatVCard, encoding: EncodingUTF8,
		rows: []wantRow{
			{line: 1, name: "Emre Çelik", org: "Politie Noord-Holland", function: "Wijkagent", role: "politie",
				email: "emre.celik@politie.example.nl", phone: "06-23456789", private: []string{"0229-111111"}},
			{line: 11, name: "Noëlle Kaya-Müller", org: "Zorgcoördinatie West-Friesland",
				function: "Zorgcoördinator mensenhandel", role: "zorgcoordinator", email: "n.kaya@zcwf.example.nl",
				phone: "0229-282828", notes: []string{
					"Coördineert de opvang van slachtoffers in West-Friesland\nAanwezig op maandag en woensdag", "06-12345678"}},
			{line: 23, name: "Buğra Doğan", org: "Nederlandse Arbeidsinspectie", function: "Inspecteur",
				email: "b.dogan@nla.example.nl", phone: "088-7654321", notes: []string{"088-7654300"}},
		},
	},
	{
		file: "outlook.vcf", format: FormatVCard, encoding: Encoding1252,
		rows: []wantRow{
			{line: 1, name: "Noëlle de Vries", org: "Gemeente Hoorn", function: "Beleidsmedewerker",
				email: "n.devries@hoorn.example.nl", phone: "0229 252200", notes: []string{"06-12345678"},
				private: []string{"0229 123456"}},
		},
	},
	{
		file: "nextcloud-3.vcf", format: FormatVCard, encoding: EncodingUTF8,
		rows: []wantRow{
			{line: 1, name: "Lotte Bakker", org: "Gemeente Bergen (NH)", function: "Teamleider Veiligheid",
				email: "l.bakker@bergen-nh.example.nl", phone: "072 888 00 00", notes: []string{"06 87654321"},
				private: []string{"072 123 45 67", "1984", "Dorpsstraat"}},
			{line: 17, name: "Özlem Kaya", org: "Politie Noord-Holland", function: "Rechercheur mensenhandel",
				role: "politie", email: "o.kaya@politie.example.nl", phone: "088 169 1234",
				notes: []string{"Bereikbaar via het AVIM-secretariaat"}},
			{line: 31, name: "Sanne de Jong", org: "Gemeente Dijk en Waard", function: "Beleidsmedewerker",
				email: "s.dejong@dijkenwaard.example.nl", phone: "072 567 89 00",
				private: []string{"sanne.dejong@example.org"}},
		},
	},
	{
		file: "nextcloud-4.vcf", format: FormatVCard, encoding: EncodingUTF8,
		rows: []wantRow{
			{line: 1, name: "Chaïma El Amrani", org: "RIEC Noord-Holland", function: "RIEC-adviseur",
				role: "riec-adviseur", email: "c.elamrani@riec-nh.example.nl", phone: "+31-88-1234567",
				notes: []string{"Contact voor Bibob-vragen, ook voor Zandvoort", "+31-6-98765432"}},
			{line: 24, company: true, org: "GGD Hollands Noorden", email: "info@ggdhn.example.nl",
				phone: "+31-88-0100555"},
			{line: 35, name: "Sven Jansen", org: "Zorg- en Veiligheidshuis Noord-Holland Noord",
				function: "Procesregisseur", role: "procesregisseur-zvh", email: "s.jansen@zvhnhn.example.nl",
				phone: "+31-6-56789012"},
		},
	},
}

func readProducerFile(t *testing.T, name string) *File {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "producers", name))
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(b)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return f
}

// TestProducerFiles: every fixture reads as the program wrote it, row by
// row, and its header is the program's own.
func TestProducerFiles(t *testing.T) {
	for _, pf := range producerFiles {
		t.Run(pf.file, func(t *testing.T) {
			f := readProducerFile(t, pf.file)
			if f.Format != pf.format || f.Encoding != pf.encoding || f.Separator != pf.separator || f.Outlook != pf.outlook {
				t.Errorf("read as %s, %s, separator %q, Outlook %v; want %s, %s, %q, %v", f.Format, f.Encoding,
					f.Separator, f.Outlook, pf.format, pf.encoding, pf.separator, pf.outlook)
			}
			if len(f.Problems) > 0 {
				t.Errorf("problems: %v", f.Problems)
			}
			var want []int
			for _, r := range pf.rows {
				want = append(want, r.line)
			}
			if got := rowLines(f); !slices.Equal(got, want) {
				t.Errorf("rows start on lines %v, want %v", got, want)
			}
			if pf.format != FormatCSV {
				return
			}
			if pf.header != nil {
				var names []string
				for _, c := range pf.header.fixed {
					names = append(names, c.name)
				}
				if !slices.Equal(f.Columns, names) {
					t.Errorf("the header is not %s's:\n got %q\nwant %q", pf.header.name, f.Columns, names)
				}
			}
			for _, c := range f.Columns {
				if _, ok := headerTargets[headerKey(c)]; !ok {
					t.Errorf("column %q is not in the table", c)
				}
			}
		})
	}
}

// TestHeaderTable: the programs' column sets are complete, no name means
// two things, and the names that are easy to get wrong mean what they
// should.
func TestHeaderTable(t *testing.T) {
	if len(headerConflicts) > 0 {
		t.Errorf("names with two meanings:\n%s", strings.Join(headerConflicts, "\n"))
	}
	for _, c := range []struct {
		p    producer
		want int
	}{{outlookEnglish, 92}, {outlookDutch, 92}, {thunderbirdEnglish, 37}, {thunderbirdDutch, 37},
		{googleCSV, 29}, {googleContacts, 17}} {
		if len(c.p.fixed) != c.want {
			t.Errorf("%s has %d columns, want %d", c.p.name, len(c.p.fixed), c.want)
		}
		seen := map[string]bool{}
		for _, col := range c.p.columns() {
			if k := headerKey(col.name); seen[k] {
				t.Errorf("%s names %q twice", c.p.name, col.name)
			} else {
				seen[k] = true
			}
		}
	}
	for name, want := range map[string]Target{
		// A job title is the function; a courtesy title is no job title.
		"Functie": Function, "Job Title": Function, "Werkfunctie": Function, "Organization Title": Function,
		"Organization 1 - Title": Function, "Functietitel": Function, "Titel": Ignore, "Title": Ignore,
		"Rol": Role, "Role": Role, "Beroep": Role, "Profession": Role, "Occupation": Role,
		// Other addresses and numbers, up to Google's twentieth.
		"E-mail 2 Address": EmailOther, "E-mailadres 3": EmailOther, "Secundair e-mailadres": EmailOther,
		"E-mail 2 - Value": EmailOther, "E-mail 20 - Value": EmailOther, "Phone 3 - Value": PhoneOther,
		"Telefoon op werk 2": PhoneOther, "Hoofdtelefoon bedrijf": PhoneOther, "Assistant's Phone": PhoneOther,
		// Private: named, not copied.
		"Home Phone": Ignore, "Telefoon thuis": Ignore, "Huisadres, straat": Ignore, "Home ZipCode": Ignore,
		"Partner": Ignore, "Spouse": Ignore, "Kinderen": Ignore,
		// Never, not even in the notes.
		"Birthday": NotNeeded, "Verjaardag": NotNeeded, "Anniversary": NotNeeded, "Speciale datum": NotNeeded,
		"Geboortejaar": NotNeeded, "Event 1 - Value": NotNeeded, "Sofinummer": NotNeeded,
		"Government ID Number": NotNeeded, "Geslacht": NotNeeded,
		// The program's bookkeeping.
		"E-mail Type": NotNeeded, "E-mail Display Name": NotNeeded, "Weergavenaam voor e-mail": NotNeeded,
		"Priority": NotNeeded, "Gevoeligheid": NotNeeded, "Privé": NotNeeded, "PRIVE": NotNeeded, "Initials": NotNeeded,
		"File As": NotNeeded, "Opslaan als": NotNeeded, "Group Membership": NotNeeded, "Labels": NotNeeded,
		"Photo": NotNeeded, "E-mail 1 - Label": NotNeeded, "Phone 2 - Type": NotNeeded,
		"Fax op werk": NotNeeded, "Pager": NotNeeded,
		// The employer's address: work data without a field.
		"Business Street": Ignore, "Werkadres, plaats": Ignore, "Work City": Ignore, "Werklocatie": Ignore,
		// The user's own labels.
		"Categorieën": Ignore, "categorieen": Ignore,
		// The names of the person and what they do.
		"Display Name": Name, "Weergavenaam": Name, "Middelste naam": MiddleName, "Additional Name": MiddleName,
		"Bedrijf": Organisation, "Organization Name": Organisation, "Primair e-mailadres": Email,
		"Telefoon werk": Phone, "Mobiel nummer": Mobile, "Aantekeningen": Notes, "Gemeente(n)": Municipalities,
	} {
		got, ok := headerTargets[headerKey(name)]
		if !ok || got != want {
			t.Errorf("%q holds %q (known %v), want %q", name, got, ok, want)
		}
	}
}

// proposed is the mapping GuessMapping will propose once no target waits
// for plan.go: each column its target in the table, a target that takes
// one value given to the first column that names it.
func proposed(f *File) Mapping {
	m := make(Mapping, len(f.Columns))
	taken := map[Target]bool{}
	for i, c := range f.Columns {
		t := headerTargets[headerKey(c)]
		if taken[t] {
			continue
		}
		m[i] = t
		switch t {
		case Ignore, EmailOther, PhoneOther, Notes, NotNeeded, Keep:
		default:
			taken[t] = true
		}
	}
	return m
}

// withValues are the columns of f mapped to t by m that hold a value.
func withValues(f *File, m Mapping, t Target) []string {
	var out []string
	for i, c := range f.Columns {
		if m[i] != t {
			continue
		}
		for _, r := range f.Rows {
			if clean(r.Cell(i)) != "" {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	sort.Strings(a)
	sort.Strings(b)
	return slices.Equal(a, b)
}

// TestProducerColumns: the table gives each fixture's columns the targets
// expected, and leaves out and names what it should.
func TestProducerColumns(t *testing.T) {
	for _, pf := range producerFiles {
		if pf.format != FormatCSV {
			continue // a vCard's columns are the reader's (vcard.go)
		}
		t.Run(pf.file, func(t *testing.T) {
			f := readProducerFile(t, pf.file)
			m := proposed(f)
			for name, want := range pf.targets {
				i := slices.Index(f.Columns, name)
				if i < 0 {
					t.Errorf("no column %q", name)
				} else if m[i] != want {
					t.Errorf("column %q is proposed as %q, want %q", name, m[i], want)
				}
			}
			if got := withValues(f, m, Ignore); !sameSet(got, pf.unmapped) {
				t.Errorf("columns with values not imported: %q, want %q", got, pf.unmapped)
			}
			if got := withValues(f, m, NotNeeded); !sameSet(got, pf.notNeeded) {
				t.Errorf("columns with values not needed: %q, want %q", got, pf.notNeeded)
			}
		})
	}
}

// TestProposals: GuessMapping proposes for each producer's columns what
// the table says, giving the columns of other addresses and numbers,
// notes and columns not needed to several columns.
func TestProposals(t *testing.T) {
	for _, pf := range producerFiles {
		if pf.format != FormatCSV {
			continue
		}
		t.Run(pf.file, func(t *testing.T) {
			f := readProducerFile(t, pf.file)
			got, want := GuessMapping(f), proposed(f)
			for i, c := range f.Columns {
				if got[i] != want[i] {
					t.Errorf("column %q: GuessMapping proposes %q, want %q", c, got[i], want[i])
				}
			}
		})
	}
}

func rowKind(pr PlannedRow) (string, bool) { return pr.Kind, true }

func rowWarnings(pr PlannedRow) ([]string, bool) { return msgs(pr.Warnings), true }

// msgs are the Dutch sentences of messages, as the command line prints them.
func msgs(messages []sheet.Message) []string {
	out := make([]string, len(messages))
	for i, m := range messages {
		out[i] = m.Msg
	}
	return out
}

// planColumns names the columns of the plan's Unmapped or NotNeeded.
func planColumns(p *Plan, field string) ([]string, bool) {
	cols := p.Unmapped
	if field == "NotNeeded" {
		cols = p.NotNeeded
	}
	var names []string
	for _, c := range cols {
		names = append(names, c.Name)
	}
	return names, true
}

// producerPlan plans the import of a fixture into an empty store.
func producerPlan(t *testing.T, name string) (*File, *Plan, *data.Store) {
	t.Helper()
	s := newStore(t, false)
	idx, err := LoadIndex(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	f := readProducerFile(t, name)
	return f, NewPlan(f, GuessMapping(f), idx), s
}

func plannedRow(p *Plan, line int) (PlannedRow, bool) {
	for _, r := range p.Rows {
		if r.Line == line {
			return r, true
		}
	}
	return PlannedRow{}, false
}

// muniNames are the names of the municipalities a planned row names,
// sorted, joined by ",".
func muniNames(t *testing.T, s *data.Store, pr PlannedRow) string {
	var names []string
	for _, id := range data.SplitIDs(pr.Values["municipality_ids"]) {
		m, err := s.Get(context.Background(), "municipality", id)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, m.Get("name"))
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

// TestProducerRows: each row gives the contact (or the organisation's own
// card) a coordinator expects.
func TestProducerRows(t *testing.T) {
	for _, pf := range producerFiles {
		t.Run(pf.file, func(t *testing.T) {
			_, p, s := producerPlan(t, pf.file)
			for _, w := range pf.rows {
				t.Run(strings.TrimSpace(w.name+" "+w.org), func(t *testing.T) {
					pr, ok := plannedRow(p, w.line)
					if !ok {
						t.Fatalf("no row on line %d", w.line)
					}
					checkRow(t, s, pr, w)
				})
			}
		})
	}
}

func checkRow(t *testing.T, s *data.Store, pr PlannedRow, w wantRow) {
	t.Helper()
	if len(pr.Problems) > 0 {
		t.Errorf("refused: %q", pr.Problems)
	}
	kind, known := rowKind(pr)
	switch {
	case w.company && kind != "organisation":
		t.Errorf("read as %q (known %v), want the organisation's own card", kind, known)
	case !w.company && known && kind != "contact":
		t.Errorf("read as %q, want a contact", kind)
	}
	v := pr.Values
	got := map[string]string{"organisation": pr.Organisation, "email": v["email"], "phone": v["phone"],
		"last_reviewed": v["last_reviewed"], "municipalities": muniNames(t, s, pr)}
	want := map[string]string{"organisation": w.org, "email": w.email, "phone": w.phone,
		"last_reviewed": w.reviewed, "municipalities": w.munis}
	if !w.company {
		got["name"], got["function"], got["role"] = v["name"], v["function"], v["role"]
		want["name"], want["function"], want["role"] = w.name, w.function, w.role
	}
	for field, g := range got {
		if g != want[field] {
			t.Errorf("%s: %q, want %q", field, g, want[field])
		}
	}
	for _, n := range w.notes {
		if !strings.Contains(v["notes"], n) {
			t.Errorf("the notes %q do not hold %q", v["notes"], n)
		}
	}
	for _, p := range w.private {
		for field, val := range v {
			if strings.Contains(val, p) {
				t.Errorf("%s holds %q, private data: %q", field, p, val)
			}
		}
	}
	if len(w.warn) > 0 {
		warnings, ok := rowWarnings(pr)
		if !ok {
			t.Errorf("the plan gives no warnings (PlannedRow.Warnings); want %q", w.warn)
		}
		for _, want := range w.warn {
			if !strings.Contains(strings.Join(warnings, "\n"), want) {
				t.Errorf("no warning says %q: %q", want, warnings)
			}
		}
	}
}

// TestProducerSummary: the import names the columns with values it leaves
// out, as not imported (the user may keep them in the notes) or as not
// needed.
func TestProducerSummary(t *testing.T) {
	for _, pf := range producerFiles {
		if pf.format != FormatCSV {
			continue
		}
		t.Run(pf.file, func(t *testing.T) {
			_, p, _ := producerPlan(t, pf.file)
			for field, want := range map[string][]string{"Unmapped": pf.unmapped, "NotNeeded": pf.notNeeded} {
				got, ok := planColumns(p, field)
				if !ok {
					t.Errorf("the plan has no %s", field)
				} else if !sameSet(got, want) {
					t.Errorf("%s: %q, want %q", field, got, want)
				}
			}
		})
	}
}

// TestProducerNothingLost: of every row of every fixture, each value ends
// up in a field of the record, in its notes or in a warning, or its
// column is named as not imported or not needed. Nothing a user handed
// over disappears without a word.
func TestProducerNothingLost(t *testing.T) {
	for _, pf := range producerFiles {
		t.Run(pf.file, func(t *testing.T) {
			f, p, s := producerPlan(t, pf.file)
			unmapped, hasUnmapped := planColumns(p, "Unmapped")
			notNeeded, hasNotNeeded := planColumns(p, "NotNeeded")
			for _, row := range f.Rows {
				pr, ok := plannedRow(p, row.Line)
				if !ok || len(pr.Problems) > 0 {
					t.Errorf("line %d is not imported: %q", row.Line, pr.Problems)
					continue
				}
				found := holder(t, s, pr)
				for i, col := range f.Columns {
					cell := clean(row.Cell(i))
					if cell == "" {
						continue
					}
					switch p.Mapping[i] {
					case Ignore:
						if hasUnmapped && !slices.Contains(unmapped, col) {
							t.Errorf("line %d: column %q is not imported and not named", row.Line, col)
						}
						continue
					case NotNeeded:
						if hasNotNeeded && !slices.Contains(notNeeded, col) {
							t.Errorf("line %d: column %q is not needed and not named", row.Line, col)
						}
						continue
					case Municipalities:
						// A municipality found under another name ("Den Haag")
						// is not there as written; one not found must be.
						parts := municipalityParts(cell)
						if len(data.SplitIDs(pr.Values["municipality_ids"])) >= len(parts) {
							continue
						}
						for _, part := range parts {
							if part = strings.TrimSpace(part); !found(part) {
								t.Errorf("line %d, column %q: municipality %q is not imported, not in the notes and not named",
									row.Line, col, part)
							}
						}
						continue
					}
					for _, part := range strings.Split(cell, ":::") {
						if part = strings.TrimSpace(part); part != "" && !found(part) {
							t.Errorf("line %d, column %q: %q is not imported, not in the notes and not named",
								row.Line, col, part)
						}
					}
				}
			}
		})
	}
}

func municipalityParts(cell string) []string {
	return strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '\n' })
}

// holder returns whether a value of the file is somewhere in a planned
// row: as it was written (case and accents aside), as the digits of a
// number, as a date, as the role it names, or in a warning.
func holder(t *testing.T, s *data.Store, pr PlannedRow) func(string) bool {
	var parts []string
	for field, v := range pr.Values {
		if field != "municipality_ids" {
			parts = append(parts, v)
		}
	}
	if r := pr.Values["role"]; r != "" {
		parts = append(parts, data.ChoiceLabel(data.ContactRoles, r))
	}
	parts = append(parts, pr.Organisation, muniNames(t, s, pr))
	warnings, _ := rowWarnings(pr)
	norm := func(s string) string { return data.Fold(strings.ReplaceAll(s, "\r\n", "\n")) }
	hay, said := norm(strings.Join(parts, "\n")), norm(strings.Join(warnings, "\n"))
	hayDigits := digitsOf(hay)
	return func(v string) bool {
		n := norm(v)
		switch {
		case strings.Contains(hay, n), strings.Contains(said, n):
			return true
		case len(n) > 40 && strings.Contains(said, n[:40]): // a warning shortens a long value
			return true
		}
		if d := digitsOf(n); len(d) >= 6 && len(d) >= len(n)/2 && strings.Contains(hayDigits, d) {
			return true
		}
		if iso, ok := data.ParseDate(v); ok && strings.Contains(hay, iso) {
			return true
		}
		if code, ok := MatchRole(v); ok && pr.Values["role"] == code {
			return true
		}
		return false
	}
}

func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}
