package contacts

// knownHeaders maps column names as Ketenregie, Excel users, Outlook
// (Dutch and English), Google Contacts and Thunderbird write them, reduced
// by headerKey, to their target. Only the first of several addresses or
// numbers is known: "E-mail 2 Address" stays unmapped.
var knownHeaders = func() map[string]Target {
	m := map[string]Target{}
	for t, names := range map[Target][]string{
		Name: {"Naam", "Volledige naam", "Name", "Full Name", "Display Name", "Weergavenaam",
			"Contactpersoon", "Contact", "Naam contactpersoon"},
		FirstName:  {"Voornaam", "Roepnaam", "First Name", "Given Name", "Voorletters"},
		MiddleName: {"Middelste naam", "Tussenvoegsel", "Tussenvoegsels", "Middle Name", "Additional Name"},
		LastName:   {"Achternaam", "Last Name", "Family Name", "Surname"},
		Organisation: {"Organisatie", "Bedrijf", "Company", "Organization", "Organisation", "Instelling",
			"Werkgever", "Organization 1 - Name", "Organisatienaam"},
		OrganisationType: {"Soort organisatie", "Organisatietype", "Organisation type", "Organization type"},
		Role:             {"Rol", "Functie", "Job Title", "Role", "Organization 1 - Title", "Functietitel"},
		Email: {"E-mail", "E-mailadres", "E-mail Address", "Email", "Email Address", "Mail", "E-mail werk",
			"Werk e-mail", "E-mail 1 - Value", "Primary Email", "E-mailadres werk"},
		Phone: {"Telefoon", "Telefoonnummer", "Telefoon op werk", "Telefoon werk", "Werktelefoon", "Business Phone",
			"Phone", "Telephone", "Tel", "Tel.", "Phone 1 - Value", "Work Phone", "Zakelijke telefoon"},
		Mobile:         {"Mobiel", "Mobiele telefoon", "Mobiel nummer", "Mobielnummer", "Mobile Phone", "Mobile", "Mobile Number", "GSM"},
		Municipalities: {"Gemeenten", "Gemeente", "Werkgebied", "Municipalities", "Municipality"},
		Notes:          {"Notities", "Notitie", "Opmerkingen", "Opmerking", "Toelichting", "Notes", "Note"},
		Reviewed:       {"Laatst gecontroleerd", "Gecontroleerd", "Gecontroleerd op", "Last reviewed"},
	} {
		for _, n := range names {
			m[headerKey(n)] = t
		}
	}
	return m
}()
