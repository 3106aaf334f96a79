package demo

// Demo content for the region Noord-Holland: the clusters West-Friesland and
// Zuid-Kennemerland. Organisation names are public facts; all people, phone
// numbers, e-mail addresses, street addresses, agreement references and figures
// are invented. Nothing here describes a victim, a suspect or a case.

var demoOrgs = []demoOrg{
	// Gemeenten West-Friesland
	{Key: "gem-hoorn", Name: "Gemeente Hoorn", Type: "gemeente", Municipality: "GM0405", Address: "Postbus 603, 1620 AR Hoorn", Phone: "0229 252200", Email: "info.gemeente-hoorn@example.org", Website: "https://www.example.org/gemeente-hoorn"},
	{Key: "gem-enkhuizen", Name: "Gemeente Enkhuizen", Type: "gemeente", Municipality: "GM0388", Address: "Postbus 11, 1600 AA Enkhuizen", Phone: "0228 360100", Email: "info.gemeente-enkhuizen@example.org"},
	{Key: "gem-drechterland", Name: "Gemeente Drechterland", Type: "gemeente", Municipality: "GM0498", Address: "Postbus 9, 1616 ZG Hoogkarspel", Phone: "0228 352200", Email: "info.gemeente-drechterland@example.org"},
	{Key: "gem-koggenland", Name: "Gemeente Koggenland", Type: "gemeente", Municipality: "GM1598", Address: "Postbus 21, 1633 ZG Avenhorn", Phone: "0229 548548", Email: "info.gemeente-koggenland@example.org"},
	{Key: "gem-medemblik", Name: "Gemeente Medemblik", Type: "gemeente", Municipality: "GM0420", Address: "Postbus 45, 1687 ZG Wognum", Phone: "0229 856000", Email: "info.gemeente-medemblik@example.org"},
	{Key: "gem-opmeer", Name: "Gemeente Opmeer", Type: "gemeente", Municipality: "GM0432", Address: "Postbus 199, 1715 ZK Spanbroek", Phone: "0226 363333", Email: "info.gemeente-opmeer@example.org"},
	{Key: "gem-stede-broec", Name: "Gemeente Stede Broec", Type: "gemeente", Municipality: "GM0532", Address: "Postbus 20, 1610 AA Bovenkarspel", Phone: "0228 511800", Email: "info.gemeente-stedebroec@example.org"},

	// Gemeenten Zuid-Kennemerland
	{Key: "gem-haarlem", Name: "Gemeente Haarlem", Type: "gemeente", Municipality: "GM0392", Address: "Postbus 511, 2003 PB Haarlem", Phone: "023-5115115", Email: "info.gemeente-haarlem@example.org", Website: "https://www.example.org/gemeente-haarlem"},
	{Key: "gem-heemstede", Name: "Gemeente Heemstede", Type: "gemeente", Municipality: "GM0397", Address: "Postbus 352, 2100 AJ Heemstede", Phone: "023-5485600", Email: "info.gemeente-heemstede@example.org"},
	{Key: "gem-bloemendaal", Name: "Gemeente Bloemendaal", Type: "gemeente", Municipality: "GM0377", Address: "Postbus 201, 2050 AE Overveen", Phone: "023-5225700", Email: "info.gemeente-bloemendaal@example.org"},
	{Key: "gem-zandvoort", Name: "Gemeente Zandvoort", Type: "gemeente", Municipality: "GM0473", Address: "Postbus 2, 2040 AA Zandvoort", Phone: "023-5740140", Email: "info.gemeente-zandvoort@example.org"},

	// Veiligheid en strafrecht
	{Key: "riec-nh", Name: "RIEC Noord-Holland", Type: "riec", Address: "Postbus 1210, 2001 BE Haarlem", Phone: "088-1662400", Email: "info.riec-nh@example.org", Website: "https://www.example.org/riec-noord-holland"},
	{Key: "politie-nh", Name: "Politie eenheid Noord-Holland", Type: "politie", Address: "Postbus 2345, 2002 CH Haarlem", Phone: "088-1690000", Email: "eenheid.politie-nh@example.org"},
	{Key: "politie-nhn", Name: "Politie eenheid Noord-Holland, district Noord-Holland Noord", Type: "politie", Address: "Postbus 35, 1620 AA Hoorn", Phone: "088-1691200", Email: "district-nhn.politie@example.org"},
	{Key: "politie-kennemerland", Name: "Politie eenheid Noord-Holland, district Kennemerland", Type: "politie", Municipality: "GM0392", Address: "Postbus 1050, 2001 BB Haarlem", Phone: "088-1691500", Email: "district-kennemerland.politie@example.org"},
	{Key: "politie-avim", Name: "Politie Noord-Holland, Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM)", Type: "politie", Address: "Postbus 2346, 2002 CH Haarlem", Phone: "088-1694700", Email: "avim.politie-nh@example.org"},
	{Key: "om-nh", Name: "Openbaar Ministerie, arrondissementsparket Noord-Holland", Type: "om", Municipality: "GM0392", Address: "Postbus 1002, 2001 BA Haarlem", Phone: "088-6993000", Email: "parket-noord-holland.om@example.org"},
	{Key: "zvh-wf", Name: "Zorg- en Veiligheidshuis West-Friesland", Type: "zvh", Municipality: "GM0405", Address: "Postbus 412, 1620 AK Hoorn", Phone: "0229 282650", Email: "info.zvh-westfriesland@example.org"},
	{Key: "zvh-kennemerland", Name: "Zorg- en Veiligheidshuis Kennemerland", Type: "zvh", Municipality: "GM0392", Address: "Postbus 3042, 2001 DA Haarlem", Phone: "023-5430980", Email: "info.zvh-kennemerland@example.org"},
	{Key: "nla", Name: "Nederlandse Arbeidsinspectie", Type: "arbeidsinspectie", Address: "Postbus 90801, 2509 LV Den Haag", Phone: "088-1511800", Email: "regio-noordwest.nla@example.org"},
	{Key: "kmar", Name: "Koninklijke Marechaussee", Type: "kmar", Address: "Postbus 90615, 2509 LP Den Haag", Phone: "088-9570000", Email: "mensenhandel.kmar@example.org"},
	{Key: "belastingdienst", Name: "Belastingdienst", Type: "belastingdienst", Address: "Postbus 9050, 7300 GM Apeldoorn", Phone: "088-1540000", Email: "convenanten.belastingdienst@example.org"},
	{Key: "reclassering", Name: "Reclassering Nederland, regio Noord-Holland", Type: "reclassering", Address: "Postbus 6071, 2001 HB Haarlem", Phone: "088-8041700", Email: "noord-holland.reclassering@example.org"},
	{Key: "emm", Name: "Expertisecentrum Mensenhandel en Mensensmokkel (EMM)", Type: "overig", Address: "Postbus 3016, 2700 KX Zoetermeer", Phone: "088-6614200", Email: "info.emm@example.org"},
	{Key: "ind", Name: "Immigratie- en Naturalisatiedienst (IND)", Type: "overig", Address: "Postbus 287, 7600 AG Almelo", Phone: "088-0430430", Email: "ketenpartners.ind@example.org"},

	// Zorg, opvang en hulpverlening
	{Key: "vt-nhn", Name: "Veilig Thuis Noord-Holland Noord", Type: "veilig-thuis", Address: "Postbus 9401, 1800 GK Alkmaar", Phone: "088-0101210", Email: "professionals.vt-nhn@example.org"},
	{Key: "vt-kennemerland", Name: "Veilig Thuis Kennemerland", Type: "veilig-thuis", Municipality: "GM0392", Address: "Postbus 5514, 2000 GM Haarlem", Phone: "088-0101220", Email: "professionals.vt-kennemerland@example.org"},
	{Key: "hvo-querido", Name: "HVO-Querido, zorgcoördinatie mensenhandel Noord-Holland", Type: "zorgcoordinatie", Address: "Postbus 75280, 1070 AG Amsterdam", Phone: "020-5617500", Email: "zorgcoordinatie-mensenhandel.hvo@example.org"},
	{Key: "leger-des-heils", Name: "Leger des Heils Noord-Holland", Type: "opvang", Address: "Postbus 1287, 1620 BG Hoorn", Phone: "0229 217300", Email: "opvang-nh.legerdesheils@example.org"},
	{Key: "blijf-groep", Name: "Blijf Groep", Type: "opvang", Address: "Postbus 59127, 1040 KC Amsterdam", Phone: "088-2345400", Email: "aanmelding.blijfgroep@example.org"},
	{Key: "ggd-hn", Name: "GGD Hollands Noorden", Type: "ggd", Address: "Postbus 9276, 1800 GG Alkmaar", Phone: "088-0100500", Email: "seksuele-gezondheid.ggdhn@example.org"},
	{Key: "ggd-kennemerland", Name: "GGD Kennemerland", Type: "ggd", Municipality: "GM0392", Address: "Postbus 5514, 2000 GM Haarlem", Phone: "023-7891600", Email: "info.ggd-kennemerland@example.org"},
	{Key: "wijkteam-hoorn", Name: "Sociaal Wijkteam Hoorn", Type: "wijkteam", Municipality: "GM0405", Address: "Postbus 603, 1620 AR Hoorn", Phone: "0229 252500", Email: "wijkteam.hoorn@example.org"},
	{Key: "wijkteam-enkhuizen", Name: "Sociaal Team Enkhuizen", Type: "wijkteam", Municipality: "GM0388", Address: "Postbus 11, 1600 AA Enkhuizen", Phone: "0228 360250", Email: "sociaalteam.enkhuizen@example.org"},
	{Key: "wijkteam-medemblik", Name: "Sociaal Team Medemblik", Type: "wijkteam", Municipality: "GM0420", Address: "Postbus 45, 1687 ZG Wognum", Phone: "0229 856300", Email: "sociaalteam.medemblik@example.org"},
	{Key: "wijkteam-haarlem", Name: "Sociaal Wijkteam Haarlem", Type: "wijkteam", Municipality: "GM0392", Address: "Postbus 511, 2003 PB Haarlem", Phone: "023-5430300", Email: "sociaalwijkteam.haarlem@example.org"},

	// Landelijke kennis- en steunorganisaties
	{Key: "comensha", Name: "CoMensha", Type: "comensha", Address: "Postbus 1385, 3800 BJ Amersfoort", Phone: "033-4481100", Email: "regio-advies.comensha@example.org", Website: "https://www.example.org/comensha"},
	{Key: "fairwork", Name: "FairWork", Type: "fairwork", Address: "Postbus 14653, 1001 LD Amsterdam", Phone: "020-7600800", Email: "professionals.fairwork@example.org"},
	{Key: "ccv", Name: "Centrum voor Criminaliteitspreventie en Veiligheid (CCV)", Type: "ccv", Address: "Postbus 14069, 3508 SC Utrecht", Phone: "030-7516700", Email: "mensenhandel.ccv@example.org"},

	// Regionale samenwerking
	{Key: "nhsv", Name: "Noord-Holland Samen Veilig (regionale veiligheidsstrategie)", Type: "samenwerkingsverband", Address: "Postbus 1000, 2001 BA Haarlem", Phone: "088-1692900", Email: "programmabureau.nhsv@example.org"},
	{Key: "vr-nhn", Name: "Veiligheidsregio Noord-Holland Noord", Type: "samenwerkingsverband", Address: "Postbus 11, 1800 AA Alkmaar", Phone: "072-5675000", Email: "secretariaat.vrnhn@example.org"},
	{Key: "vr-kennemerland", Name: "Veiligheidsregio Kennemerland", Type: "samenwerkingsverband", Municipality: "GM0392", Address: "Postbus 5514, 2000 GM Haarlem", Phone: "023-5159500", Email: "secretariaat.vrk@example.org"},

	// Medisch en onderwijs
	{Key: "dijklander", Name: "Dijklander Ziekenhuis", Type: "medisch", Municipality: "GM0405", Address: "Postbus 600, 1620 AR Hoorn", Phone: "0229 257257", Email: "aandachtsfunctionaris.dijklander@example.org"},
	{Key: "spaarne-gasthuis", Name: "Spaarne Gasthuis", Type: "medisch", Municipality: "GM0392", Address: "Postbus 417, 2000 AK Haarlem", Phone: "023-2240000", Email: "aandachtsfunctionaris.spaarne@example.org"},
	{Key: "roc-horizon", Name: "ROC Horizon College", Type: "onderwijs", Municipality: "GM0405", Address: "Postbus 4070, 1620 HB Hoorn", Phone: "072-5476700", Email: "studentenzorg.horizon@example.org"},
	{Key: "nova-college", Name: "Nova College", Type: "onderwijs", Municipality: "GM0392", Address: "Postbus 1068, 2001 BB Haarlem", Phone: "023-5302900", Email: "studentenzorg.novacollege@example.org"},
}

var demoContacts = []demoContact{
	// Gemeente Hoorn
	{Name: "Marloes Bakker-Jansen", Org: "gem-hoorn", Role: "aandachtsfunctionaris", Email: "m.bakker-jansen@example.org", Phone: "06-41873265", Municipalities: []string{"GM0405"}, Notes: "Trainer signaleringstraining voor baliemedewerkers en toezichthouders."},
	{Name: "Jeroen Kleijn", Org: "gem-hoorn", Role: "beleidsadviseur-oov", Email: "j.kleijn.hoorn@example.org", Phone: "0229 252341", Municipalities: []string{"GM0405"}, Notes: "Ook portefeuille ondermijning en prostitutiebeleid."},
	{Name: "Noëlle van der Meer", Org: "gem-hoorn", Role: "ketenregisseur", Email: "n.vandermeer@example.org", Phone: "06-28419637", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Regionaal ketenregisseur West-Friesland; voorzitter ketenoverleg mensenhandel. Werkdagen ma-do."},
	{Name: "Thijs Dekker", Org: "gem-hoorn", Role: "ketenregisseur", Email: "t.dekker.ketenregie@example.org", Phone: "06-53307184", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Ketenregisseur (0,4 fte), aandachtsgebied arbeidsuitbuiting en huisvesting arbeidsmigranten."},
	{Name: "Hendrik-Jan Zijlstra", Org: "gem-hoorn", Role: "burgemeester", Email: "burgemeester.zijlstra@example.org", Phone: "0229 252201", Municipalities: []string{"GM0405"}, Notes: "Bestuurlijk trekker mensenhandel in het regionaal veiligheidsoverleg West-Friesland. Afspraken via bestuurssecretariaat."},
	{Name: "Fatma Yılmaz", Org: "gem-hoorn", Role: "bibob-coordinator", Email: "f.yilmaz.bibob@example.org", Phone: "0229 252388", Municipalities: []string{"GM0405", "GM0420", "GM1598", "GM0432"}, Notes: "Voert Bibob-onderzoeken uit voor Hoorn en op verzoek voor Medemblik, Koggenland en Opmeer."},
	{Name: "Rick Schouten", Org: "gem-hoorn", Role: "toezicht-handhaving", Email: "r.schouten.handhaving@example.org", Phone: "06-19246053", Municipalities: []string{"GM0405"}, Notes: "Toezichthouder bijzondere wetten; coördineert integrale controles huisvesting."},

	// Gemeente Enkhuizen
	{Name: "Annemiek Kok", Org: "gem-enkhuizen", Role: "aandachtsfunctionaris", Email: "a.kok.enkhuizen@example.org", Phone: "06-37652901", Municipalities: []string{"GM0388"}, Notes: "Aandachtsfunctionaris sinds 2023; training CCV afgerond."},
	{Name: "Bas Wijnker", Org: "gem-enkhuizen", Role: "beleidsadviseur-oov", Email: "b.wijnker@example.org", Phone: "0228 360177", Municipalities: []string{"GM0388", "GM0532", "GM0498"}, Notes: "Beleidsadviseur OOV bij de SED-organisatie voor Enkhuizen, Stede Broec en Drechterland."},
	{Name: "Lieke Boersma", Org: "gem-enkhuizen", Role: "portefeuillehouder", Email: "wethouder.boersma@example.org", Phone: "0228 360101", Municipalities: []string{"GM0388"}, Notes: "Wethouder zorg en welzijn; mensenhandel in portefeuille sinds 2024."},

	// Gemeente Drechterland
	{Name: "Chaïma El Amrani", Org: "gem-drechterland", Role: "aandachtsfunctionaris", Email: "c.elamrani@example.org", Phone: "06-24981376", Municipalities: []string{"GM0498"}, Notes: "Vervangt tijdens verlof ook Stede Broec."},
	{Name: "Pieter Dijkstra", Org: "gem-drechterland", Role: "beleidsadviseur-oov", Email: "p.dijkstra.drechterland@example.org", Phone: "0228 352240", Municipalities: []string{"GM0498"}, Notes: "Contactpersoon voor APV-wijzigingen en evenementenvergunningen."},
	{Name: "Gerda Schuurman", Org: "gem-drechterland", Role: "portefeuillehouder", Email: "wethouder.schuurman@example.org", Phone: "0228 352201", Municipalities: []string{"GM0498"}, Notes: "Wethouder sociaal domein."},

	// Gemeente Koggenland
	{Name: "Wendy Appelman", Org: "gem-koggenland", Role: "aandachtsfunctionaris", Email: "w.appelman@example.org", Phone: "06-51129847", Municipalities: []string{"GM1598"}, Notes: "Combineert de functie met de rol van aandachtsfunctionaris huiselijk geweld."},
	{Name: "Koen Stam", Org: "gem-koggenland", Role: "beleidsadviseur-oov", Email: "k.stam.koggenland@example.org", Phone: "0229 548560", Municipalities: []string{"GM1598"}},
	{Name: "Margreet Hoogland", Org: "gem-koggenland", Role: "burgemeester", Email: "burgemeester.hoogland@example.org", Phone: "0229 548501", Municipalities: []string{"GM1598"}, Notes: "Afspraken via bestuurssecretariaat."},

	// Gemeente Medemblik
	{Name: "José Verhoeven", Org: "gem-medemblik", Role: "aandachtsfunctionaris", Email: "j.verhoeven.medemblik@example.org", Phone: "06-43198752", Municipalities: []string{"GM0420"}, Notes: "Aanspreekpunt voor signalen uit de agrarische sector en de huisvesting van arbeidsmigranten."},
	{Name: "Lars Kramer", Org: "gem-medemblik", Role: "beleidsadviseur-oov", Email: "l.kramer@example.org", Phone: "0229 856114", Municipalities: []string{"GM0420"}, Notes: "Lid regionale werkgroep arbeidsmigratie."},
	{Name: "Jan Willem Brouwer", Org: "gem-medemblik", Role: "portefeuillehouder", Email: "wethouder.brouwer@example.org", Phone: "0229 856001", Municipalities: []string{"GM0420"}, Notes: "Wethouder volksgezondheid en arbeidsmigratie."},
	{Name: "Mustafa Öztürk", Org: "gem-medemblik", Role: "toezicht-handhaving", Email: "m.ozturk@example.org", Phone: "06-30871429", Municipalities: []string{"GM0420"}, Notes: "Boa openbare ruimte en toezichthouder huisvesting; signaleringstraining 2025 gevolgd."},

	// Gemeente Opmeer
	{Name: "Ilse Mol", Org: "gem-opmeer", Role: "aandachtsfunctionaris", Email: "i.mol@example.org", Phone: "06-29765104", Municipalities: []string{"GM0432"}, Notes: "Werkt 24 uur per week; bij afwezigheid doorverwijzen naar Koggenland."},
	{Name: "Daniëlle Schipper", Org: "gem-opmeer", Role: "beleidsadviseur-oov", Email: "d.schipper@example.org", Phone: "0226 363340", Municipalities: []string{"GM0432", "GM1598"}, Notes: "Vervangt tijdens verlof ook Koggenland."},
	{Name: "Frank Veenstra", Org: "gem-opmeer", Role: "burgemeester", Email: "burgemeester.veenstra@example.org", Phone: "0226 363301", Municipalities: []string{"GM0432"}},

	// Gemeente Stede Broec
	{Name: "Gülşen Aydın", Org: "gem-stede-broec", Role: "aandachtsfunctionaris", Email: "g.aydin@example.org", Phone: "06-47230518", Municipalities: []string{"GM0532"}, Notes: "Spreekt Turks; trainer bewustwording voor sleutelfiguren."},
	{Name: "Tom Visser", Org: "gem-stede-broec", Role: "beleidsadviseur-oov", Email: "t.visser.stedebroec@example.org", Phone: "0228 511845", Municipalities: []string{"GM0532"}, Notes: "Tijdelijk aanspreekpunt tot de nieuwe adviseur start."},
	{Name: "Karin Laan", Org: "gem-stede-broec", Role: "portefeuillehouder", Email: "wethouder.laan@example.org", Phone: "0228 511801", Municipalities: []string{"GM0532"}, Notes: "Wethouder jeugd en zorg."},

	// Gemeente Haarlem
	{Name: "Ingrid de Vries-Brouwer", Org: "gem-haarlem", Role: "aandachtsfunctionaris", Email: "i.devries-brouwer@example.org", Phone: "06-12594873", Municipalities: []string{"GM0392"}, Notes: "Coördineert de interne meldroute; contactpersoon voor de prostitutievergunningen."},
	{Name: "Youssef Benali", Org: "gem-haarlem", Role: "beleidsadviseur-oov", Email: "y.benali@example.org", Phone: "023-5113284", Municipalities: []string{"GM0392"}, Notes: "Ook adviseur ondermijning en georganiseerde criminaliteit."},
	{Name: "Renée Hoekstra", Org: "gem-haarlem", Role: "ketenregisseur", Email: "r.hoekstra.ketenregie@example.org", Phone: "06-38127460", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Ketenregisseur Zuid-Kennemerland; secretaris regionale stuurgroep mensenhandel."},
	{Name: "Martijn Verbeek", Org: "gem-haarlem", Role: "ketenregisseur", Email: "m.verbeek@example.org", Phone: "06-20473915", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Aandachtsgebied criminele uitbuiting en samenwerking met het onderwijs."},
	{Name: "Sanne Vos", Org: "gem-haarlem", Role: "portefeuillehouder", Email: "wethouder.vos@example.org", Phone: "023-5113001", Municipalities: []string{"GM0392"}, Notes: "Wethouder zorg en maatschappelijke opvang (centrumgemeente)."},
	{Name: "Erik Smit", Org: "gem-haarlem", Role: "bibob-coordinator", Email: "e.smit.bibob@example.org", Phone: "023-5113519", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Regionaal Bibob-loket Zuid-Kennemerland."},
	{Name: "Anouk Prins", Org: "gem-haarlem", Role: "toezicht-handhaving", Email: "a.prins.handhaving@example.org", Phone: "06-49817236", Municipalities: []string{"GM0392"}, Notes: "Teamleider toezicht bijzondere wetten (horeca, seksbedrijven, evenementen)."},

	// Gemeente Heemstede
	{Name: "Femke Hendriks", Org: "gem-heemstede", Role: "aandachtsfunctionaris", Email: "f.hendriks.heemstede@example.org", Phone: "06-15392847", Municipalities: []string{"GM0397"}, Notes: "Nieuw in de rol; basistraining gepland."},
	{Name: "Jasper van Dam", Org: "gem-heemstede", Role: "beleidsadviseur-oov", Email: "j.vandam@example.org", Phone: "023-5485631", Municipalities: []string{"GM0397"}},
	{Name: "Astrid Mulder", Org: "gem-heemstede", Role: "burgemeester", Email: "burgemeester.mulder@example.org", Phone: "023-5485601", Municipalities: []string{"GM0397"}, Notes: "Afspraken via bestuurssecretariaat."},

	// Gemeente Bloemendaal
	{Name: "Zoë Kuipers", Org: "gem-bloemendaal", Role: "aandachtsfunctionaris", Email: "z.kuipers@example.org", Phone: "06-31740862", Municipalities: []string{"GM0377"}, Notes: "Contactpersoon voor strandpaviljoens en seizoensarbeid."},
	{Name: "Hélène Bos", Org: "gem-bloemendaal", Role: "beleidsadviseur-oov", Email: "h.bos.bloemendaal@example.org", Phone: "023-5225744", Municipalities: []string{"GM0377"}, Notes: "Vervangt tijdens verlof ook Heemstede."},
	{Name: "Maarten de Graaf", Org: "gem-bloemendaal", Role: "portefeuillehouder", Email: "wethouder.degraaf@example.org", Phone: "023-5225701", Municipalities: []string{"GM0377"}, Notes: "Wethouder sociaal domein."},

	// Gemeente Zandvoort
	{Name: "Tessa Koster", Org: "gem-zandvoort", Role: "aandachtsfunctionaris", Email: "t.koster@example.org", Phone: "06-26318459", Municipalities: []string{"GM0473"}, Notes: "Aanspreekpunt bij grote evenementen."},
	{Name: "Stefan Post", Org: "gem-zandvoort", Role: "beleidsadviseur-oov", Email: "s.post.zandvoort@example.org", Phone: "023-5740188", Municipalities: []string{"GM0473"}, Notes: "Ook evenementenveiligheid."},
	{Name: "Ria Hofman", Org: "gem-zandvoort", Role: "burgemeester", Email: "burgemeester.hofman@example.org", Phone: "023-5740101", Municipalities: []string{"GM0473"}},
	{Name: "Kevin Molenaar", Org: "gem-zandvoort", Role: "toezicht-handhaving", Email: "k.molenaar@example.org", Phone: "06-52948103", Municipalities: []string{"GM0473"}, Notes: "Toezichthouder horeca en strandexploitatie."},

	// RIEC Noord-Holland
	{Name: "Raphaël Cohen", Org: "riec-nh", Role: "riec-adviseur", Email: "r.cohen.riec@example.org", Phone: "06-40927136", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Accounthouder RIEC voor West-Friesland."},
	{Name: "Esther Jonker", Org: "riec-nh", Role: "riec-adviseur", Email: "e.jonker.riec@example.org", Phone: "06-17853024", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Accounthouder RIEC voor Zuid-Kennemerland."},
	{Name: "Dennis Vermeulen", Org: "riec-nh", Role: "riec-adviseur", Email: "d.vermeulen.riec@example.org", Phone: "088-1662417", Notes: "Programmaleider mensenhandel RIEC; betrokken bij de pilot informatieplein."},
	{Name: "Anaïs Lambert", Org: "riec-nh", Role: "bibob-coordinator", Email: "a.lambert.riec@example.org", Phone: "088-1662432", Notes: "Adviseur Bibob; ondersteunt gemeenten bij de eigen onderzoeken."},

	// Politie
	{Name: "Rachid Ouali", Org: "politie-avim", Role: "politie", Email: "r.ouali.avim@example.org", Phone: "06-46203871", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Rechercheur team mensenhandel; vast aanspreekpunt voor West-Friesland."},
	{Name: "Monique Stevens", Org: "politie-avim", Role: "politie", Email: "m.stevens.avim@example.org", Phone: "06-33918426", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Teamleider mensenhandel; gastdocent bij trainingen."},
	{Name: "Gerrit Blom", Org: "politie-nhn", Role: "politie", Email: "g.blom.politie@example.org", Phone: "06-21674930", Municipalities: []string{"GM0405", "GM0420", "GM1598"}, Notes: "Operationeel expert basisteam Hoorn."},
	{Name: "Nadia Haddou", Org: "politie-kennemerland", Role: "politie", Email: "n.haddou.politie@example.org", Phone: "06-58302147", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Informatiecoördinator district; schuift aan bij het casusoverleg."},
	{Name: "Paul Verschoor", Org: "politie-nh", Role: "politie", Email: "p.verschoor.politie@example.org", Phone: "088-1690214", Notes: "Programmaleider ondermijning en mensenhandel eenheid Noord-Holland."},

	// Openbaar Ministerie
	{Name: "Caroline Brink", Org: "om-nh", Role: "officier-van-justitie", Email: "c.brink.om@example.org", Phone: "088-6993141", Notes: "Officier van justitie mensenhandel en mensensmokkel."},
	{Name: "Joost van Leeuwen", Org: "om-nh", Role: "officier-van-justitie", Email: "j.vanleeuwen.om@example.org", Phone: "088-6993176", Notes: "Portefeuille arbeidsuitbuiting en ondermijning."},
	{Name: "Saskia Meijer", Org: "om-nh", Role: "overig", Email: "s.meijer.om@example.org", Phone: "088-6993190", Notes: "Beleidsmedewerker parket; secretariaat regionaal overleg mensenhandel."},

	// Zorg- en Veiligheidshuizen
	{Name: "Hatice Çelik", Org: "zvh-wf", Role: "procesregisseur-zvh", Email: "h.celik@example.org", Phone: "06-44721639", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Procesregisseur met aandachtsgebied mensenhandel en uitbuiting."},
	{Name: "Ronald Kroon", Org: "zvh-wf", Role: "procesregisseur-zvh", Email: "r.kroon.zvh@example.org", Phone: "06-27360915", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Vervangt Hatice Çelik bij afwezigheid."},
	{Name: "Marja Timmer", Org: "zvh-wf", Role: "overig", Email: "m.timmer.zvh@example.org", Phone: "0229 282651", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Manager Zorg- en Veiligheidshuis West-Friesland."},
	{Name: "Joëlle Smits", Org: "zvh-kennemerland", Role: "procesregisseur-zvh", Email: "j.smits.zvh@example.org", Phone: "06-35198274", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Voorzitter casusoverleg mensenhandel Kennemerland."},
	{Name: "Ahmed Boukhari", Org: "zvh-kennemerland", Role: "procesregisseur-zvh", Email: "a.boukhari@example.org", Phone: "06-42815703", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Aandachtsgebied jongeren en criminele uitbuiting."},

	// Veilig Thuis
	{Name: "Linda Korver", Org: "vt-nhn", Role: "veilig-thuis", Email: "l.korver.vt@example.org", Phone: "088-0101234", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Gedragswetenschapper; contactpersoon voor de aansluitafspraken."},
	{Name: "Ayşe Demir", Org: "vt-kennemerland", Role: "veilig-thuis", Email: "a.demir.vt@example.org", Phone: "088-0101248", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Teamleider triage."},
	{Name: "Bram Willems", Org: "vt-kennemerland", Role: "veilig-thuis", Email: "b.willems.vt@example.org", Phone: "06-23649180", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Aandachtsfunctionaris mensenhandel binnen Veilig Thuis."},

	// Zorgcoördinatie, opvang en hulpverlening
	{Name: "Mirjam Gerritsen", Org: "hvo-querido", Role: "zorgcoordinator", Email: "m.gerritsen.hvo@example.org", Phone: "06-50716328", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Zorgcoördinator mensenhandel voor Noord-Holland Noord."},
	{Name: "Priya Ramdin", Org: "hvo-querido", Role: "zorgcoordinator", Email: "p.ramdin.hvo@example.org", Phone: "06-39275016", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Zorgcoördinator mensenhandel voor Kennemerland."},
	{Name: "Henk van Vliet", Org: "leger-des-heils", Role: "overig", Email: "h.vanvliet.ldh@example.org", Phone: "0229 217321", Municipalities: []string{"GM0405", "GM0420", "GM1598"}, Notes: "Teamleider maatschappelijke opvang West-Friesland."},
	{Name: "Nicole Huisman", Org: "blijf-groep", Role: "overig", Email: "n.huisman.blijf@example.org", Phone: "088-2345418", Notes: "Coördinator crisisopvang; aanmelding via het centrale nummer."},
	{Name: "Sophie van Rijn", Org: "ggd-hn", Role: "overig", Email: "s.vanrijn.ggd@example.org", Phone: "088-0100537", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Verpleegkundige seksuele gezondheid; spreekuur en outreachend werk."},
	{Name: "Iris Zwart", Org: "ggd-kennemerland", Role: "overig", Email: "i.zwart.ggd@example.org", Phone: "023-7891642", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Sociaal verpleegkundige; bezoekt vergunde seksbedrijven."},
	{Name: "Kim Veldman", Org: "wijkteam-hoorn", Role: "overig", Email: "k.veldman.wijkteam@example.org", Phone: "06-14829573", Municipalities: []string{"GM0405"}, Notes: "Aandachtsfunctionaris mensenhandel binnen het wijkteam."},
	{Name: "Eline Koopman", Org: "wijkteam-enkhuizen", Role: "overig", Email: "e.koopman@example.org", Phone: "06-36051928", Municipalities: []string{"GM0388"}, Notes: "Teamleider sociaal team."},
	{Name: "Ruud Boon", Org: "wijkteam-medemblik", Role: "overig", Email: "r.boon.sociaalteam@example.org", Phone: "06-48173260", Municipalities: []string{"GM0420"}, Notes: "Consulent met ervaring in begeleiding van arbeidsmigranten."},
	{Name: "Samira Azzouzi", Org: "wijkteam-haarlem", Role: "overig", Email: "s.azzouzi@example.org", Phone: "06-22938417", Municipalities: []string{"GM0392"}, Notes: "Aandachtsfunctionaris mensenhandel sociale wijkteams Haarlem."},

	// Inspecties en rijksdiensten
	{Name: "Rob Kuiper", Org: "nla", Role: "arbeidsinspecteur", Email: "r.kuiper.nla@example.org", Phone: "06-57204193", Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"}, Notes: "Inspecteur arbeidsmarktfraude; aanspreekpunt agrarische sector."},
	{Name: "Magdalena Nowak", Org: "nla", Role: "arbeidsinspecteur", Email: "m.nowak.nla@example.org", Phone: "06-31862047", Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"}, Notes: "Spreekt Pools; inspecteur horeca en schoonmaak."},
	{Name: "Thomas Wouters", Org: "kmar", Role: "overig", Email: "t.wouters.kmar@example.org", Phone: "088-9570312", Notes: "Liaison mensenhandel en mensensmokkel voor Noord-Holland."},
	{Name: "Gerard Overbeek", Org: "belastingdienst", Role: "overig", Email: "g.overbeek.bd@example.org", Phone: "088-1540877", Notes: "Convenantcoördinator RIEC-samenwerking."},
	{Name: "Dirk-Jan Ruiter", Org: "emm", Role: "overig", Email: "d.ruiter.emm@example.org", Phone: "088-6614231", Notes: "Analist; levert jaarlijkse landelijke cijfers."},
	{Name: "Fleur Bakhuizen", Org: "ind", Role: "overig", Email: "f.bakhuizen.ind@example.org", Phone: "088-0430512", Notes: "Contactpersoon verblijfsregeling mensenhandel."},
	{Name: "Wouter Hermans", Org: "reclassering", Role: "overig", Email: "w.hermans.reclassering@example.org", Phone: "088-8041733", Notes: "Adviseur; deelnemer casusoverleg ZVH."},

	// Landelijke kennis- en steunorganisaties
	{Name: "Lotte van Beek", Org: "comensha", Role: "overig", Email: "l.vanbeek.comensha@example.org", Phone: "033-4481127", Notes: "Regioadviseur; ondersteunt bij de jaarlijkse meting."},
	{Name: "Andrés Martínez", Org: "fairwork", Role: "overig", Email: "a.martinez.fairwork@example.org", Phone: "06-40519382", Notes: "Projectleider voorlichting arbeidsmigranten; spreekt Spaans en Portugees."},
	{Name: "Miriam de Boer", Org: "ccv", Role: "overig", Email: "m.deboer.ccv@example.org", Phone: "030-7516788", Notes: "Adviseur mensenhandel; contact voor e-learning aandachtsfunctionarissen."},

	// Regionale samenwerking
	{Name: "Karel Jongsma", Org: "nhsv", Role: "ketenregisseur", Email: "k.jongsma.nhsv@example.org", Phone: "06-18640372", Notes: "Regionaal programmaregisseur mensenhandel Noord-Holland; verbindt de ketenregisseurs."},
	{Name: "Merel Dekker", Org: "vr-nhn", Role: "overig", Email: "m.dekker.vrnhn@example.org", Phone: "072-5675212", Notes: "Adviseur regionale veiligheidsstrategie."},
	{Name: "Olaf Wessels", Org: "vr-kennemerland", Role: "overig", Email: "o.wessels.vrk@example.org", Phone: "023-5159527", Notes: "Secretaris regionaal veiligheidsoverleg."},

	// Medisch en onderwijs
	{Name: "Hanneke Ploeg", Org: "dijklander", Role: "overig", Email: "h.ploeg.dijklander@example.org", Phone: "0229 257420", Municipalities: []string{"GM0405"}, Notes: "Aandachtsfunctionaris huiselijk geweld en kindermishandeling; volgt de training mensenhandel."},
	{Name: "Mehmet Şahin", Org: "spaarne-gasthuis", Role: "overig", Email: "m.sahin.spaarne@example.org", Phone: "023-2241385", Municipalities: []string{"GM0392"}, Notes: "SEH-arts; lid werkgroep signalering."},
	{Name: "Judith Kroes", Org: "roc-horizon", Role: "overig", Email: "j.kroes.horizon@example.org", Phone: "06-25917304", Municipalities: []string{"GM0405", "GM0420"}, Notes: "Coördinator studentenbegeleiding locatie Hoorn; voorlichting loverboymethode."},
	{Name: "Niels Verhagen", Org: "nova-college", Role: "overig", Email: "n.verhagen.nova@example.org", Phone: "06-34086195", Municipalities: []string{"GM0392"}, Notes: "Vertrouwenspersoon; organiseert gastlessen criminele uitbuiting."},
}

var demoAgreements = []demoAgreement{
	{
		Key:    "riec-convenant-2019",
		Title:  "Convenant Regionaal Informatie- en Expertisecentrum Noord-Holland 2019",
		Type:   "riec-convenant",
		Level:  "regionaal",
		Status: "vervangen",
		Parties: []demoParty{
			{Org: "riec-nh", Signatory: "voorzitter stuurgroep RIEC Noord-Holland"},
			{Org: "politie-nh", Signatory: "politiechef eenheid Noord-Holland"},
			{Org: "om-nh", Signatory: "hoofdofficier van justitie arrondissementsparket Noord-Holland"},
			{Org: "belastingdienst", Signatory: "directeur Belastingdienst regio Noord-Holland"},
			{Org: "nla", Signatory: "inspecteur-generaal (toen Inspectie SZW)"},
			{Org: "gem-hoorn", Signatory: "burgemeester"},
			{Org: "gem-haarlem", Signatory: "burgemeester"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532", "GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "riec-nh",
		Signed:         days(-2620),
		InForce:        days(-2600),
		End:            days(-632),
		LegalBasis:     "art. 6 lid 1 sub e AVG; art. 20 Wet politiegegevens; art. 39f Wet justitiële en strafvorderlijke gegevens",
		PersonalData:   true,
		Reference:      "RIEC-NH/2019/03",
		Notes:          "Vervallen bij inwerkingtreding van het convenant onder de WGS. Archiefexemplaar bij het RIEC.",
	},
	{
		Key:    "riec-convenant-wgs",
		Title:  "Convenant RIEC Noord-Holland 2025 (WGS)",
		Type:   "riec-convenant",
		Level:  "regionaal",
		Status: "actief",
		Parties: []demoParty{
			{Org: "riec-nh", Signatory: "voorzitter stuurgroep RIEC Noord-Holland"},
			{Org: "politie-nh", Signatory: "politiechef eenheid Noord-Holland"},
			{Org: "om-nh", Signatory: "hoofdofficier van justitie arrondissementsparket Noord-Holland"},
			{Org: "belastingdienst", Signatory: "directeur Belastingdienst regio Noord-Holland"},
			{Org: "nla", Signatory: "inspecteur-generaal Nederlandse Arbeidsinspectie"},
			{Org: "kmar", Signatory: "districtscommandant Koninklijke Marechaussee"},
			{Org: "gem-hoorn", Signatory: "burgemeester H.J. Zijlstra"},
			{Org: "gem-haarlem", Signatory: "burgemeester"},
			{Org: "gem-zandvoort", Signatory: "burgemeester R. Hofman"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532", "GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "riec-nh",
		Signed:         days(-660),
		InForce:        days(-632),
		Evaluation:     days(310),
		LegalBasis:     "Wet gegevensverwerking door samenwerkingsverbanden (WGS); Besluit gegevensverwerking door samenwerkingsverbanden; art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "RIEC-NH/2024/17",
		Replaces:       "riec-convenant-2019",
		Notes:          "Alle gemeenten in het werkgebied van de politie-eenheid Noord-Holland zijn toegetreden. Mensenhandel is een van de thema's in het jaarplan van het RIEC.",
	},
	{
		Key:    "zvh-convenant-wf",
		Title:  "Convenant Zorg- en Veiligheidshuis West-Friesland",
		Type:   "zvh-convenant",
		Level:  "cluster",
		Status: "in-evaluatie",
		Parties: []demoParty{
			{Org: "gem-hoorn", Signatory: "burgemeester H.J. Zijlstra (namens de zeven West-Friese gemeenten)"},
			{Org: "zvh-wf", Signatory: "manager Zorg- en Veiligheidshuis"},
			{Org: "politie-nhn", Signatory: "districtschef Noord-Holland Noord"},
			{Org: "om-nh", Signatory: "hoofdofficier van justitie"},
			{Org: "vt-nhn", Signatory: "directeur Veilig Thuis Noord-Holland Noord"},
			{Org: "reclassering", Signatory: "regiodirecteur"},
			{Org: "ggd-hn", Signatory: "directeur publieke gezondheid"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"},
		Owner:          "zvh-wf",
		Signed:         days(-1460),
		InForce:        days(-1450),
		End:            days(280),
		Evaluation:     days(-45),
		LegalBasis:     "Wet gegevensverwerking door samenwerkingsverbanden (WGS); art. 6 lid 1 sub e AVG; Wet maatschappelijke ondersteuning 2015",
		PersonalData:   true,
		Reference:      "ZVH-WF/2022/002",
		Notes:          "Evaluatie loopt; aanpassing aan de WGS en opname van de werkwijze mensenhandel in het nieuwe convenant.",
	},
	{
		Key:    "zvh-convenant-kennemerland",
		Title:  "Convenant Zorg- en Veiligheidshuis Kennemerland 2024-2027",
		Type:   "zvh-convenant",
		Level:  "regionaal",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-haarlem", Signatory: "burgemeester (namens de gemeenten in Kennemerland)"},
			{Org: "zvh-kennemerland", Signatory: "manager Zorg- en Veiligheidshuis"},
			{Org: "politie-kennemerland", Signatory: "districtschef Kennemerland"},
			{Org: "om-nh", Signatory: "hoofdofficier van justitie"},
			{Org: "vt-kennemerland", Signatory: "manager Veilig Thuis Kennemerland"},
			{Org: "reclassering", Signatory: "regiodirecteur"},
			{Org: "ggd-kennemerland", Signatory: "directeur publieke gezondheid"},
		},
		Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "zvh-kennemerland",
		Signed:         days(-820),
		InForce:        days(-800),
		End:            days(400),
		Evaluation:     days(190),
		LegalBasis:     "Wet gegevensverwerking door samenwerkingsverbanden (WGS); art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "ZVHK-2024-01",
		Notes:          "Addendum mensenhandel (casusoverleg en escalatie) in 2025 toegevoegd.",
	},
	{
		Key:    "modelconvenant-wf",
		Title:  "Convenant ketensamenwerking mensenhandel West-Friesland (modelconvenant)",
		Type:   "modelconvenant",
		Level:  "cluster",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-hoorn", Signatory: "burgemeester H.J. Zijlstra"},
			{Org: "gem-enkhuizen", Signatory: "burgemeester"},
			{Org: "gem-drechterland", Signatory: "burgemeester"},
			{Org: "gem-koggenland", Signatory: "burgemeester M. Hoogland"},
			{Org: "gem-medemblik", Signatory: "burgemeester"},
			{Org: "gem-opmeer", Signatory: "burgemeester F. Veenstra"},
			{Org: "gem-stede-broec", Signatory: "burgemeester"},
			{Org: "politie-nhn", Signatory: "districtschef Noord-Holland Noord"},
			{Org: "hvo-querido", Signatory: "bestuurder"},
			{Org: "zvh-wf", Signatory: "manager Zorg- en Veiligheidshuis"},
			{Org: "vt-nhn", Signatory: "directeur"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"},
		Owner:          "gem-hoorn",
		Signed:         days(-700),
		InForce:        days(-690),
		Evaluation:     days(21),
		LegalBasis:     "art. 6 lid 1 sub e AVG; Wet maatschappelijke ondersteuning 2015",
		PersonalData:   true,
		Reference:      "Z-2023-004512",
		Notes:          "Gebaseerd op het landelijke modelconvenant. Evaluatie agenderen in het ketenoverleg.",
	},
	{
		Key:    "modelconvenant-zk",
		Title:  "Convenant ketensamenwerking mensenhandel Zuid-Kennemerland",
		Type:   "modelconvenant",
		Level:  "cluster",
		Status: "ter-ondertekening",
		Parties: []demoParty{
			{Org: "gem-haarlem", Signatory: "burgemeester"},
			{Org: "gem-heemstede", Signatory: "burgemeester A. Mulder"},
			{Org: "gem-bloemendaal", Signatory: "burgemeester"},
			{Org: "gem-zandvoort", Signatory: "burgemeester R. Hofman"},
			{Org: "politie-kennemerland", Signatory: "districtschef Kennemerland"},
			{Org: "hvo-querido", Signatory: "bestuurder"},
			{Org: "zvh-kennemerland", Signatory: "manager Zorg- en Veiligheidshuis"},
			{Org: "vt-kennemerland", Signatory: "manager"},
		},
		Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "gem-haarlem",
		LegalBasis:     "art. 6 lid 1 sub e AVG; Wet maatschappelijke ondersteuning 2015",
		PersonalData:   true,
		Reference:      "2025/0183412",
		Notes:          "Tekst afgestemd in de regionale werkgroep. Zandvoort tekent na het collegebesluit.",
	},
	{
		Key:    "zorgcoordinatie-hvo",
		Title:  "Opdracht zorgcoördinatie mensenhandel Noord-Holland 2024-2027 (HVO-Querido)",
		Type:   "zorgcoordinatie",
		Level:  "regionaal",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-haarlem", Signatory: "wethouder S. Vos (centrumgemeente)"},
			{Org: "gem-hoorn", Signatory: "wethouder zorg (centrumgemeente)"},
			{Org: "hvo-querido", Signatory: "bestuurder"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532", "GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "gem-haarlem",
		Signed:         days(-600),
		InForce:        days(-580),
		End:            days(330),
		Evaluation:     days(38),
		LegalBasis:     "Wet maatschappelijke ondersteuning 2015; art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "Z-2024-002231",
		Notes:          "Jaarrapportage zorgcoördinatie bespreken in het regionaal ketenoverleg; besluit over verlenging voor de zomer.",
	},
	{
		Key:    "opvang-wf",
		Title:  "Opvangafspraken slachtoffers mensenhandel West-Friesland",
		Type:   "opvang",
		Level:  "cluster",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-hoorn", Signatory: "wethouder zorg (centrumgemeente)"},
			{Org: "leger-des-heils", Signatory: "regiodirecteur Noord-Holland"},
			{Org: "blijf-groep", Signatory: "bestuurder"},
			{Org: "hvo-querido", Signatory: "bestuurder"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"},
		Owner:          "gem-hoorn",
		Signed:         days(-520),
		InForce:        days(-510),
		Evaluation:     days(-20),
		LegalBasis:     "Wet maatschappelijke ondersteuning 2015",
		PersonalData:   true,
		Reference:      "Z-2024-001287",
		Notes:          "Twee crisisplekken en een noodbed via de maatschappelijke opvang. Evaluatie uitgesteld in afwachting van de jaarcijfers.",
	},
	{
		Key:    "aansluitafspraken-vt-nhn",
		Title:  "Aansluitafspraken Veilig Thuis Noord-Holland Noord en ketenaanpak mensenhandel",
		Type:   "veilig-thuis",
		Level:  "regionaal",
		Status: "actief",
		Parties: []demoParty{
			{Org: "vt-nhn", Signatory: "directeur Veilig Thuis Noord-Holland Noord"},
			{Org: "gem-hoorn", Signatory: "ketenregisseur N. van der Meer (namens West-Friesland)"},
			{Org: "hvo-querido", Signatory: "manager zorgcoördinatie"},
			{Org: "zvh-wf", Signatory: "manager Zorg- en Veiligheidshuis"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532"},
		Owner:          "vt-nhn",
		Signed:         days(-380),
		InForce:        days(-380),
		Evaluation:     days(-8),
		LegalBasis:     "Wet maatschappelijke ondersteuning 2015 (hoofdstuk 4, Veilig Thuis); art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "VT-NHN/2025/0088",
		Notes:          "Afspraken over doorverwijzing bij signalen van uitbuiting van minderjarigen en binnen gezinnen.",
	},
	{
		Key:    "meldroute-hoorn",
		Title:  "Interne meldroute mensenhandel gemeente Hoorn",
		Type:   "meldroute",
		Level:  "lokaal",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-hoorn", Signatory: "gemeentesecretaris"},
		},
		Municipalities: []string{"GM0405"},
		Owner:          "gem-hoorn",
		Signed:         days(-300),
		InForce:        days(-290),
		Evaluation:     days(9),
		LegalBasis:     "art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "Z-2025-009876",
		Notes:          "Vastgesteld door het directieteam. Geldt voor publiekszaken, vergunningen, toezicht en het sociaal wijkteam.",
	},
	{
		Key:    "meldroute-sed",
		Title:  "Interne meldroute mensenhandel SED-gemeenten (Stede Broec, Enkhuizen, Drechterland)",
		Type:   "meldroute",
		Level:  "lokaal",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-enkhuizen", Signatory: "directeur SED-organisatie"},
			{Org: "gem-stede-broec", Signatory: "directeur SED-organisatie"},
			{Org: "gem-drechterland", Signatory: "directeur SED-organisatie"},
		},
		Municipalities: []string{"GM0388", "GM0532", "GM0498"},
		Owner:          "gem-enkhuizen",
		Signed:         days(-900),
		InForce:        days(-880),
		Evaluation:     days(-120),
		LegalBasis:     "art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "SED/2023/0456",
		Notes:          "Gezamenlijke meldroute voor de drie gemeenten; contactgegevens aandachtsfunctionarissen zijn verouderd.",
	},
	{
		Key:    "meldroute-zk",
		Title:  "Interne meldroute mensenhandel Zuid-Kennemerland",
		Type:   "meldroute",
		Level:  "cluster",
		Status: "in-afstemming",
		Parties: []demoParty{
			{Org: "gem-haarlem", Signatory: "gemeentesecretaris"},
			{Org: "gem-heemstede", Signatory: "gemeentesecretaris"},
			{Org: "gem-bloemendaal", Signatory: "gemeentesecretaris"},
			{Org: "gem-zandvoort", Signatory: "gemeentesecretaris"},
		},
		Municipalities: []string{"GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "gem-haarlem",
		LegalBasis:     "art. 6 lid 1 sub e AVG",
		PersonalData:   true,
		Reference:      "2026/0412078",
		Notes:          "Eén model met een lokaal invulblad per gemeente. Reactie van Bloemendaal en Zandvoort verwacht.",
	},
	{
		Key:    "informatieplein-pilot",
		Title:  "Convenant pilot informatieplein mensenhandel Noord-Holland",
		Type:   "samenwerking",
		Level:  "regionaal",
		Status: "verlopen",
		Parties: []demoParty{
			{Org: "riec-nh", Signatory: "directeur RIEC Noord-Holland"},
			{Org: "politie-avim", Signatory: "hoofd AVIM"},
			{Org: "hvo-querido", Signatory: "manager zorgcoördinatie"},
			{Org: "nla", Signatory: "directeur opsporing"},
			{Org: "gem-hoorn", Signatory: "burgemeester H.J. Zijlstra"},
			{Org: "gem-haarlem", Signatory: "burgemeester"},
		},
		Municipalities: []string{"GM0405", "GM0392"},
		Owner:          "riec-nh",
		Signed:         days(-1120),
		InForce:        days(-1100),
		End:            days(-200),
		LegalBasis:     "art. 6 lid 1 sub e AVG; art. 20 Wet politiegegevens",
		PersonalData:   true,
		Reference:      "RIEC-NH/2023/05",
		Notes:          "Pilot afgerond. De werkwijze loopt door onder het RIEC-convenant (WGS); eindrapportage in het dossier.",
	},
	{
		Key:    "bibob-wf",
		Title:  "Samenwerkingsafspraak Bibob West-Friesland en RIEC Noord-Holland",
		Type:   "samenwerking",
		Level:  "cluster",
		Status: "actief",
		Parties: []demoParty{
			{Org: "gem-hoorn", Signatory: "burgemeester H.J. Zijlstra"},
			{Org: "gem-medemblik", Signatory: "burgemeester"},
			{Org: "gem-koggenland", Signatory: "burgemeester M. Hoogland"},
			{Org: "gem-opmeer", Signatory: "burgemeester F. Veenstra"},
			{Org: "riec-nh", Signatory: "directeur RIEC Noord-Holland"},
		},
		Municipalities: []string{"GM0405", "GM0420", "GM1598", "GM0432"},
		Owner:          "gem-hoorn",
		Signed:         days(-480),
		InForce:        days(-480),
		Evaluation:     days(52),
		LegalBasis:     "Wet bevordering integriteitsbeoordelingen door het openbaar bestuur (Wet Bibob); Wet gegevensverwerking door samenwerkingsverbanden (WGS)",
		PersonalData:   true,
		Reference:      "RIEC-NH/2025/41",
		Notes:          "Hoorn voert Bibob-onderzoeken uit voor de deelnemende gemeenten; uitbreiding naar de SED-gemeenten wordt verkend.",
	},
	{
		Key:    "samenwerking-nh",
		Title:  "Regionale samenwerkingsafspraak aanpak mensenhandel Noord-Holland 2027-2030",
		Type:   "samenwerking",
		Level:  "regionaal",
		Status: "concept",
		Parties: []demoParty{
			{Org: "nhsv", Signatory: "voorzitter stuurgroep Noord-Holland Samen Veilig"},
			{Org: "gem-hoorn", Signatory: "burgemeester (namens West-Friesland)"},
			{Org: "gem-haarlem", Signatory: "burgemeester (namens Zuid-Kennemerland)"},
			{Org: "politie-nh", Signatory: "politiechef eenheid Noord-Holland"},
			{Org: "om-nh", Signatory: "hoofdofficier van justitie"},
			{Org: "hvo-querido", Signatory: "bestuurder"},
		},
		Municipalities: []string{"GM0405", "GM0388", "GM0498", "GM1598", "GM0420", "GM0432", "GM0532", "GM0392", "GM0397", "GM0377", "GM0473"},
		Owner:          "nhsv",
		LegalBasis:     "Geen uitwisseling van persoonsgegevens; bestuurlijke afspraak",
		PersonalData:   false,
		Reference:      "NHSV/2026/MH-02",
		Notes:          "Eerste concept besproken met de ketenregisseurs; bestuurlijke bespreking gepland in het voorjaar.",
	},
}

var demoPlans = []demoPlan{
	{
		Title:       "Regionaal beleidsplan aanpak mensenhandel West-Friesland 2025-2028",
		Cluster:     "West-Friesland",
		PeriodStart: 2025,
		PeriodEnd:   2028,
		Status:      "ter-bespreking",
		Version:     "0.4",
		Author:      "Noëlle van der Meer",
		Goals: `Iedere West-Friese gemeente heeft een door het college vastgesteld beleid en een getrainde aandachtsfunctionaris mensenhandel.
Medewerkers in de frontlinie herkennen signalen van mensenhandel en weten hoe zij die intern melden.
Inwoners, werkgevers en professionals in West-Friesland zijn zich bewust van de risico's van arbeidsuitbuiting, seksuele en criminele uitbuiting.
Signalen worden via één regionale werkwijze snel en zorgvuldig opgepakt door gemeenten, ketenpartners en het Zorg- en Veiligheidshuis.
Slachtoffers krijgen zonder wachttijd passende opvang, zorg en begeleiding via de zorgcoördinatie mensenhandel.
De bestuurlijke instrumenten, zoals APV, vergunningen en de Wet Bibob, worden actief ingezet om uitbuiting te voorkomen en te verstoren.`,
		Results: `In 2026 hebben alle zeven colleges dit beleidsplan vastgesteld.
Eind 2026 heeft 90% van de baliemedewerkers, toezichthouders en medewerkers van de sociale teams een signaleringstraining gevolgd.
Het aantal geregistreerde signalen stijgt van 27 in 2024 naar ten minste 40 per jaar in 2028.
Elk signaal krijgt binnen vijf werkdagen een eerste weging door de aandachtsfunctionaris.
Mogelijke slachtoffers worden binnen 24 uur aangemeld bij de zorgcoördinatie en hebben binnen een week een veilige verblijfplek.
Jaarlijks vinden ten minste vier integrale controles plaats bij risicovolle huisvestingslocaties en bedrijven.`,
		Sections: []demoSection{
			{
				Title: "Voorwoord",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Mensenhandel is een ernstige schending van mensenrechten. Het gebeurt niet alleen in de grote steden of ver weg, maar ook hier in West-Friesland: in kassen en op het land, in de horeca, in woningen achter een gewone voordeur en via de telefoon van jongeren. Slachtoffers zijn vaak onzichtbaar. Zij spreken de taal niet, zijn voor werk én woonruimte afhankelijk van dezelfde werkgever, of worden zo onder druk gezet dat zij zichzelf niet als slachtoffer zien.`},
					{Style: "paragraph", Text: `De zeven West-Friese gemeenten kiezen er bewust voor om samen op te trekken. Met dit regionale beleidsplan leggen wij vast wat wij de komende jaren willen bereiken en wie daarvoor aan de lat staat. We bouwen voort op wat er al is: een aandachtsfunctionaris in iedere gemeente, een goed werkend Zorg- en Veiligheidshuis en korte lijnen met politie, RIEC en zorgcoördinatie. Tegelijk zien we dat het signaleren nog te veel afhangt van de alertheid van individuele collega's en dat niet iedere gemeente haar meldroute op orde heeft.`},
					{Style: "paragraph", Text: `Wij danken alle partners die aan dit plan hebben bijgedragen. Mensenhandel bestrijden kan geen enkele organisatie alleen. Wij rekenen op hun inzet, en zij mogen op de onze rekenen.`},
					{Style: "paragraph", Text: `*De portefeuillehouders openbare orde en veiligheid van Drechterland, Enkhuizen, Hoorn, Koggenland, Medemblik, Opmeer en Stede Broec*`},
				},
			},
			{
				Title: "Samenvatting",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Dit beleidsplan beschrijft de gezamenlijke aanpak van mensenhandel van de gemeenten Drechterland, Enkhuizen, Hoorn, Koggenland, Medemblik, Opmeer en Stede Broec voor de periode 2025-2028. Het plan geeft invulling aan de afspraak uit het Interbestuurlijk Programma (IBP 5.11) dat iedere gemeente een duidelijke en geborgde aanpak van mensenhandel heeft, en volgt de vijf thema's van het Kader Aanpak Mensenhandel van de VNG.`},
					{Style: "paragraph", Text: `De regio heeft de afgelopen jaren een stevige basis gelegd. Alle zeven gemeenten hebben een aandachtsfunctionaris mensenhandel aangewezen, de zorgcoördinatie is regionaal belegd bij HVO-Querido en in het Zorg- en Veiligheidshuis West-Friesland is een vaste werkwijze voor signalen van mensenhandel afgesproken. In 2024 kwamen in West-Friesland 27 signalen binnen, tegen 19 in 2023. Die stijging zien wij vooral als teken dat professionals beter weten waar zij op moeten letten. Tegelijk blijft het aantal signalen achter bij wat op grond van landelijke schattingen te verwachten is. Vooral arbeidsuitbuiting en criminele uitbuiting van jongeren blijven grotendeels buiten beeld.`},
					{Style: "paragraph", Text: `Voor de komende jaren kiezen wij vier speerpunten:`},
					{Style: "bullets", Text: `Signaleren wordt vanzelfsprekend: alle medewerkers in de frontlinie volgen een training en iedere gemeente heeft een werkende interne meldroute.
Meer zicht op arbeidsuitbuiting, vooral rond de huisvesting van arbeidsmigranten in de land- en tuinbouw en de zaadveredeling.
Jongeren en hun omgeving worden weerbaarder tegen criminele en seksuele uitbuiting, samen met het onderwijs en het jongerenwerk.
Bestuurlijke instrumenten zoals de APV, vergunningen en de Wet Bibob worden gerichter ingezet om uitbuiting te voorkomen en te verstoren.`},
					{Style: "paragraph", Text: `De uitvoering ligt bij de aandachtsfunctionarissen van de gemeenten, ondersteund door de regionale ketenregisseur. Een uitvoeringsagenda met twaalf acties maakt concreet wie wat doet en wanneer. Jaarlijks rapporteren wij over de voortgang aan de colleges; in 2027 volgt een tussentijdse evaluatie. De aanpak wordt bekostigd uit de bestaande budgetten voor openbare orde en veiligheid en maatschappelijke opvang, aangevuld met een regionale bijdrage van **€ 0,40 per inwoner** per jaar.`},
				},
			},
			{
				Title: "Inleiding",
				Blocks: []demoBlock{
					{Style: "heading", Text: "Aanleiding"},
					{Style: "paragraph", Text: `In 2018 spraken Rijk, provincies, gemeenten en waterschappen in het Interbestuurlijk Programma af dat iedere gemeente een duidelijke en geborgde aanpak van mensenhandel zou hebben. De West-Friese gemeenten hebben daar in de periode 2020-2023 invulling aan gegeven met een gezamenlijke beleidsnotitie, het aanwijzen van aandachtsfunctionarissen en de aansluiting op de regionale zorgcoördinatie. Die notitie is inmiddels verlopen. Bovendien is er sindsdien veel veranderd: de Wet gegevensverwerking door samenwerkingsverbanden (WGS) is in werking getreden, het landelijke programma *Samen tegen mensenhandel* is voortgezet en de aandacht voor arbeidsuitbuiting is sterk gegroeid.`},
					{Style: "heading", Text: "Doel van dit plan"},
					{Style: "paragraph", Text: `Dit plan heeft drie doelen. Het legt vast welke ambitie de zeven gemeenten gezamenlijk hebben en hoe die zich verhoudt tot het landelijke Kader Aanpak Mensenhandel. Het beschrijft de rollen en afspraken, zodat voor medewerkers en partners duidelijk is wie waarvoor verantwoordelijk is. En het vertaalt de ambitie naar een uitvoeringsagenda waarop colleges en gemeenteraden ons kunnen aanspreken.`},
					{Style: "heading", Text: "Totstandkoming"},
					{Style: "paragraph", Text: `Het plan is opgesteld door de regionale ketenregisseurs, samen met de aandachtsfunctionarissen en de beleidsadviseurs openbare orde en veiligheid van de zeven gemeenten. In het voorjaar van 2025 is met ondersteuning van CoMensha een nieuwe meting uitgevoerd op basis van het Kader Aanpak Mensenhandel. De uitkomsten zijn besproken in twee regionale werksessies met onder meer de politie, het Zorg- en Veiligheidshuis, Veilig Thuis, de zorgcoördinatie, de Nederlandse Arbeidsinspectie en het RIEC. Hun inbreng is in dit plan verwerkt.`},
					{Style: "heading", Text: "Leeswijzer"},
					{Style: "paragraph", Text: `Na deze inleiding leggen wij uit wat mensenhandel is en binnen welk wettelijk en beleidsmatig kader gemeenten werken. Daarna beschrijven wij de huidige situatie in West-Friesland en onze ambitie en doelen per thema van het Kader. De hoofdstukken over organisatie en rollen en over samenwerking en ketenafspraken laten zien hoe de aanpak is ingericht. Tot slot gaan wij in op uitvoering, monitoring en evaluatie en op de financiën. De meldroute is als bijlage opgenomen; de uitvoeringsagenda en het overzicht van ketenafspraken zijn eveneens bijgevoegd.`},
				},
			},
			{
				Title: "Wat is mensenhandel",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Mensenhandel is strafbaar gesteld in **artikel 273f van het Wetboek van Strafrecht**. Kort gezegd is sprake van mensenhandel als iemand een ander werft, vervoert, overbrengt, huisvest of opneemt met het oogmerk van uitbuiting, en daarbij gebruikmaakt van dwang, geweld, bedreiging, misleiding, afpersing of misbruik van een kwetsbare positie. Bij minderjarigen hoeft van zulke dwangmiddelen geen sprake te zijn: het werven of huisvesten van een minderjarige met het oogmerk van uitbuiting is op zichzelf al strafbaar. Ook wie opzettelijk voordeel trekt uit de uitbuiting van een ander, is strafbaar. Op mensenhandel staat een gevangenisstraf van ten hoogste twaalf jaar; bij verzwarende omstandigheden ligt het strafmaximum hoger.`},
					{Style: "paragraph", Text: `Of het slachtoffer heeft ingestemd, doet niet ter zake. Iemand kan akkoord gaan met slecht betaald werk of met sekswerk en toch slachtoffer zijn, omdat die instemming tot stand kwam onder druk of door misbruik van een afhankelijke positie. Mensenhandel is iets anders dan mensensmokkel: bij smokkel gaat het om hulp bij het illegaal overschrijden van een grens, bij mensenhandel om uitbuiting. Beide kunnen wel samengaan, bijvoorbeeld wanneer iemand een 'reisschuld' moet afbetalen.`},
					{Style: "paragraph", Text: `Met de Wet modernisering en uitbreiding strafbaarstelling mensenhandel wordt artikel 273f vereenvoudigd en komen er zelfstandige strafbaarstellingen bij voor ernstige benadeling bij arbeid en voor voordeeltrekking. Daarmee worden ook ernstige misstanden strafbaar die (nog) niet als uitbuiting gelden, zoals structurele onderbetaling in combinatie met onveilige huisvesting. Voor gemeenten betekent dit dat de grens tussen *slecht werkgeverschap* en *uitbuiting* scherper in beeld komt.`},
					{Style: "paragraph", Text: `Signalen zijn vaak klein en op zichzelf niet doorslaggevend. Veelvoorkomende signalen die medewerkers van gemeenten en partners tegenkomen, zijn:`},
					{Style: "bullets", Text: `meerdere mensen ingeschreven op één adres, vaak met wisselende bewoners
iemand die niet zelf over identiteitsbewijs, bankpas of loon beschikt
een begeleider die steeds het woord voert of meekomt naar de balie
tekenen van angst, verwaarlozing, onverklaarbaar letsel of uitputting
schulden bij een werkgever, bemiddelaar of 'vriend' die niet af te lossen zijn
jongeren met plotseling veel geld, dure spullen of een tweede telefoon`},
					{Style: "paragraph", Text: `De wet onderscheidt vier vormen van uitbuiting, die hieronder kort worden toegelicht.`},
				},
				Children: []demoSection{
					{
						Title: "Seksuele uitbuiting",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Bij seksuele uitbuiting wordt iemand gedwongen of bewogen tot seksuele handelingen met of voor derden, terwijl een ander de opbrengst geheel of gedeeltelijk afneemt. Dit speelt zowel in de vergunde als in de onvergunde prostitutie, bijvoorbeeld in woningen, hotels en vakantieparken, of via advertenties en sociale media. Jongeren worden soms benaderd via de zogenoemde *loverboymethode*: een dader maakt een meisje of jongen verliefd of afhankelijk en zet hem of haar daarna onder druk. In West-Friesland is het aantal vergunde seksbedrijven klein; de signalen die wij ontvangen, gaan vooral over onvergunde prostitutie in woningen en via online advertenties.`},
						},
					},
					{
						Title: "Arbeidsuitbuiting",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Bij arbeidsuitbuiting moeten mensen werken onder zulke omstandigheden dat zij geen reële keuze hebben. Denk aan extreem lange werkdagen, betaling ver onder het minimumloon, het innemen van identiteitspapieren, schulden bij de werkgever of het uitzendbureau en een dubbele afhankelijkheid doordat werk en huisvesting bij dezelfde partij liggen. Risicosectoren in onze regio zijn de land- en tuinbouw, de zaadveredeling, de logistiek, de bouw, de horeca, de schoonmaak, nagelstudio's en maaltijdbezorging. Arbeidsmigranten en mensen zonder verblijfsvergunning zijn extra kwetsbaar, maar ook Nederlanders met een licht verstandelijke beperking kunnen slachtoffer worden.`},
						},
					},
					{
						Title: "Criminele uitbuiting",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Bij criminele uitbuiting wordt iemand gedwongen strafbare feiten te plegen, terwijl een ander daarvan profiteert. Voorbeelden zijn drugsrunners en -koeriers, winkeldiefstal in opdracht, het afstaan van een bankrekening als *geldezel* of het op eigen naam afsluiten van abonnementen en leningen. Daders richten zich vaak op jongeren en kwetsbare volwassenen, die via sociale media worden geronseld met de belofte van snel geld. Het risico is dat slachtoffers alleen als verdachte worden gezien. Het non-punishmentbeginsel vraagt van alle partners oog voor de mogelijkheid dat iemand tot het plegen van strafbare feiten is gedwongen.`},
						},
					},
					{
						Title: "Gedwongen orgaanverwijdering",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `De wet stelt ook het werven of onder druk zetten van iemand met het oogmerk van verwijdering van organen strafbaar. In Nederland komt deze vorm zelden voor en in onze regio zijn er geen signalen van bekend. Wel is het belangrijk dat medewerkers in de zorg deze vorm kennen, bijvoorbeeld bij patiënten die na een ingreep in het buitenland in Nederland zorg zoeken.`},
						},
					},
				},
			},
			{
				Title: "Wettelijk en beleidskader",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De gemeentelijke aanpak van mensenhandel rust op een combinatie van landelijke afspraken, wetgeving en regionale kaders. Hieronder zetten wij de belangrijkste op een rij.`},
					{Style: "heading", Text: "Interbestuurlijk Programma (IBP 5.11)"},
					{Style: "paragraph", Text: `In het Interbestuurlijk Programma van 2018 is afgesproken dat iedere gemeente een duidelijke en geborgde aanpak van mensenhandel heeft. Daarbij horen een landelijk dekkend netwerk van zorgcoördinatie, een aandachtsfunctionaris mensenhandel per gemeente of regio en regionale afspraken over opvang, hulp en nazorg voor slachtoffers.`},
					{Style: "heading", Text: "Programma Samen tegen mensenhandel"},
					{Style: "paragraph", Text: `Het landelijke programma *Samen tegen mensenhandel* (2018) is een gezamenlijke aanpak van Rijk, gemeenten en ketenpartners. Het is in 2023 en 2024 voortgezet met nieuwe actieplannen, met extra aandacht voor arbeidsuitbuiting, criminele uitbuiting en de positie van slachtoffers. Gemeenten hebben daarin een rol bij preventie, signalering, de bestuurlijke aanpak en de opvang.`},
					{Style: "heading", Text: "Basisniveau bestuurlijke aanpak mensenhandel"},
					{Style: "paragraph", Text: `Het Basisniveau bestuurlijke aanpak mensenhandel (2015), opgesteld door het toenmalige ministerie van Veiligheid en Justitie, het LIEC/RIEC en het CCV, beschrijft wat iedere gemeente minimaal op orde moet hebben: actieve signalering, een aanspreekpunt dat de bestuurlijke bevoegdheden en de weg naar hulp kent, en beleid en regelgeving zoals de APV, het vergunningenbeleid, het prostitutiebeleid en de Wet Bibob. In Noord-Holland rekenen wij de zorgcoördinatie als vierde element tot het basisniveau.`},
					{Style: "heading", Text: "Kader Aanpak Mensenhandel (VNG, 2021)"},
					{Style: "paragraph", Text: `Het Kader Aanpak Mensenhandel van de VNG is niet bindend, maar geeft gemeenten een handzaam ijkpunt. Het onderscheidt vijf thema's: beleidsmatige basis, signalerend vermogen, bewustwording, samenwerking in keten en regio, en opvang van en hulpverlening aan slachtoffers. Per thema beschrijft het een *basisniveau* en een *verdiepingsniveau*. Dit plan volgt die indeling, en ook de meting uit 2025 is op deze thema's gebaseerd.`},
					{Style: "heading", Text: "Wet Bibob en APV"},
					{Style: "paragraph", Text: `Met de Wet Bibob kan de gemeente een vergunning weigeren of intrekken als er ernstig gevaar bestaat dat die wordt gebruikt om strafbare feiten te plegen of crimineel verkregen geld te benutten. Voor mensenhandel zijn vooral vergunningen voor seksbedrijven, horeca en huisvesting van belang. De Algemene Plaatselijke Verordening (APV) regelt onder meer de vergunningplicht voor seksbedrijven en de bevoegdheden van toezichthouders. De West-Friese gemeenten stemmen hun APV-bepalingen over seksbedrijven op elkaar af, zodat er geen verplaatsing naar de gemeente met de minste regels ontstaat. Ook de huisvestingsverordening en de regels voor kamerverhuur bieden aanknopingspunten om de huisvesting van arbeidsmigranten te reguleren.`},
					{Style: "heading", Text: "Wet gegevensverwerking door samenwerkingsverbanden (WGS)"},
					{Style: "paragraph", Text: `Sinds 1 maart 2025 is de WGS van kracht. De wet geeft onder meer het RIEC en de Zorg- en Veiligheidshuizen een eigen grondslag om gegevens gezamenlijk te verwerken, met waarborgen voor noodzaak, proportionaliteit en transparantie. Gemeenten kunnen signalen van mensenhandel via het RIEC en het Zorg- en Veiligheidshuis inbrengen, maar moeten zorgvuldig vastleggen met welk doel en op welke grondslag zij dat doen. **Casusinformatie hoort in de systemen van deze samenwerkingsverbanden en niet in gemeentelijke beleidsdossiers.**`},
					{Style: "paragraph", Text: `Daarnaast zijn de Wet maatschappelijke ondersteuning 2015 (opvang en Veilig Thuis), de Jeugdwet en de Algemene verordening gegevensbescherming van belang voor de uitvoering.`},
				},
			},
			{
				Title: "Huidige situatie",
				Blocks: []demoBlock{
					{Style: "heading", Text: "Kenmerken van de regio"},
					{Style: "paragraph", Text: `West-Friesland telt ruim 215.000 inwoners in zeven gemeenten, met Hoorn als grootste kern. De economie draait voor een belangrijk deel op de land- en tuinbouw, de zaadveredeling, de logistiek en het toerisme. In deze sectoren werken duizenden arbeidsmigranten, van wie een deel via de werkgever of het uitzendbureau is gehuisvest. Dat maakt de regio kwetsbaar voor arbeidsuitbuiting. Daarnaast zien partners een toename van jongeren die via sociale media worden benaderd voor criminele klussen, en van onvergunde prostitutie in woningen en vakantieverblijven.`},
					{Style: "heading", Text: "Meting 2025"},
					{Style: "paragraph", Text: `In het voorjaar van 2025 hebben de zeven gemeenten met ondersteuning van CoMensha hun aanpak opnieuw gemeten aan de hand van het Kader Aanpak Mensenhandel. De vorige meting dateert van 2019 en geldt als nulmeting. Het beeld is dat de regio op de meeste thema's het basisniveau heeft bereikt, maar dat de verschillen tussen gemeenten groot zijn en het verdiepingsniveau nog nergens volledig is gehaald.`},
					{Style: "bullets", Text: `Beleidsmatige basis: vijf van de zeven gemeenten hadden de regionale notitie vastgesteld; deze notitie is in 2023 verlopen.
Signalerend vermogen: alle gemeenten hebben een aandachtsfunctionaris, maar slechts vier gemeenten hebben een vastgestelde interne meldroute.
Bewustwording: er zijn incidentele activiteiten geweest, vooral rond de Europese dag tegen mensenhandel op 18 oktober.
Samenwerking: de samenwerking met politie, Zorg- en Veiligheidshuis en zorgcoördinatie is goed; de aansluiting met de Arbeidsinspectie en het onderwijs is nog beperkt.
Opvang: mogelijke slachtoffers worden aangemeld bij HVO-Querido; voor mannen en voor slachtoffers van arbeidsuitbuiting is in de regio nauwelijks geschikte opvang.`},
					{Style: "heading", Text: "Signalen in cijfers"},
					{Style: "paragraph", Text: `In 2024 kwamen in West-Friesland **27 signalen** van mogelijke mensenhandel binnen bij de aandachtsfunctionarissen en het Zorg- en Veiligheidshuis, tegen 19 in 2023 en 14 in 2022. Van deze signalen gingen er 11 over arbeidsuitbuiting, 9 over seksuele uitbuiting en 5 over criminele uitbuiting; bij 2 signalen was de vorm (nog) niet duidelijk. Ongeveer een derde van de signalen kwam van medewerkers van de gemeenten zelf, vooral van de sociale teams en de afdeling publiekszaken. De overige signalen kwamen van politie, zorgaanbieders, Veilig Thuis en in enkele gevallen van werkgevers of buurtbewoners.`},
					{Style: "paragraph", Text: `Deze cijfers zijn geaggregeerd en niet herleidbaar tot personen. Ze zeggen vooral iets over het signalerend vermogen: landelijk wordt aangenomen dat slechts een klein deel van de slachtoffers in beeld komt. Een stijging van het aantal signalen zien wij in deze fase dan ook als een positieve ontwikkeling.`},
				},
			},
			{
				Title: "Ambitie en doelen",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Onze ambitie is dat in 2028 iedere West-Friese gemeente op alle vijf thema's van het Kader Aanpak Mensenhandel ten minste het basisniveau heeft bereikt, en op de thema's signalerend vermogen en samenwerking het verdiepingsniveau. Slachtoffers worden eerder herkend en krijgen sneller hulp, en daders merken dat West-Friesland geen aantrekkelijke plek is om mensen uit te buiten. Hieronder werken wij de ambitie per thema uit.`},
				},
				Children: []demoSection{
					{
						Title: "Beleidsmatige basis",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Een goede aanpak begint met een vastgesteld beleid dat bestuurlijk gedragen en ambtelijk geborgd is. Dit plan vervangt de regionale notitie uit 2020. Wij willen dat het plan in alle zeven gemeenten door het college wordt vastgesteld en dat de gemeenteraden jaarlijks over de voortgang worden geïnformeerd. Mensenhandel krijgt een vaste plek in de lokale integrale veiligheidsplannen en in het beleid voor het sociaal domein.`},
							{Style: "bullets", Text: `Vaststelling van dit plan door alle colleges in 2026
Mensenhandel als thema in de integrale veiligheidsplannen vanaf 2027
Op elkaar afgestemde APV-bepalingen over seksbedrijven en kamerverhuur
Bibob-beleid in alle gemeenten geactualiseerd, met aandacht voor huisvesting en uitzendbureaus`},
						},
					},
					{
						Title: "Signalerend vermogen",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Medewerkers van de gemeente komen dagelijks in contact met inwoners en ondernemers: aan de balie, bij huisbezoeken, bij controles en bij vergunningaanvragen. Zij zijn de ogen en oren van de aanpak. Wij willen dat zij signalen herkennen, weten bij wie zij terechtkunnen en dat elk signaal wordt vastgelegd en opgevolgd. Daarvoor zijn training, een eenduidige interne meldroute en een goede registratie nodig.`},
							{Style: "paragraph", Text: `Bijzondere aandacht gaat naar toezichthouders en inspecteurs die bij bedrijven en woningen binnenkomen. Met integrale controles, samen met de Nederlandse Arbeidsinspectie, politie en brandweer, willen wij meer zicht krijgen op de omstandigheden waarin arbeidsmigranten wonen en werken.`},
							{Style: "bullets", Text: `Signaleringstraining voor baliemedewerkers, toezichthouders, handhavers en medewerkers van de sociale teams
Een vastgestelde interne meldroute in iedere gemeente, op basis van één regionaal model
Eenduidige registratie van signalen, zodat regionale cijfers vergelijkbaar zijn
Ten minste vier integrale controles per jaar bij risicovolle locaties`},
						},
					},
					{
						Title: "Bewustwording",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Veel slachtoffers zien zichzelf niet als slachtoffer en veel inwoners weten niet hoe uitbuiting eruitziet. Bewustwording richt zich daarom op drie groepen: professionals buiten de gemeente (zorg, onderwijs, werkgevers), kwetsbare groepen zelf (arbeidsmigranten, jongeren) en het brede publiek. Wij sluiten aan bij landelijke campagnes en gebruiken materiaal van CoMensha, FairWork en het CCV, zodat wij het wiel niet zelf hoeven uit te vinden.`},
							{Style: "bullets", Text: `Jaarlijkse regionale campagne rond 18 oktober, de Europese dag tegen mensenhandel
Gastlessen over de loverboymethode en criminele uitbuiting in het voortgezet onderwijs en het mbo
Voorlichting aan arbeidsmigranten in hun eigen taal, samen met FairWork en werkgevers
Informatiebijeenkomsten voor huisartsen, verloskundigen en de spoedeisende hulp`},
						},
					},
					{
						Title: "Samenwerking in keten en regio",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Mensenhandel doorsnijdt het zorg- en het veiligheidsdomein; geen enkele partner ziet het hele plaatje. Wij investeren daarom in vaste overleggen en heldere afspraken met politie, Openbaar Ministerie, RIEC, Zorg- en Veiligheidshuis, Veilig Thuis, de Arbeidsinspectie en de zorgcoördinatie. Binnen West-Friesland werken de zeven gemeenten samen in het regionaal ketenoverleg mensenhandel, dat vier keer per jaar bijeenkomt onder voorzitterschap van de ketenregisseur.`},
							{Style: "paragraph", Text: `Op het niveau van Noord-Holland sluiten wij aan bij Noord-Holland Samen Veilig en bij de andere clusters, zodat wij kennis delen en afspraken met regionale partners niet per cluster opnieuw hoeven te maken.`},
							{Style: "bullets", Text: `Regionaal ketenoverleg mensenhandel, vier keer per jaar
Vaste inbreng van signalen in het casusoverleg mensenhandel van het Zorg- en Veiligheidshuis
Geactualiseerd convenant ketensamenwerking mensenhandel dat past binnen de WGS
Jaarlijkse geanonimiseerde casusanalyse met ketenpartners om de samenwerking te verbeteren`},
						},
					},
					{
						Title: "Opvang van en hulpverlening aan slachtoffers",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Slachtoffers moeten direct een veilige plek en passende hulp kunnen krijgen, ongeacht hun verblijfsstatus, geslacht of de vorm van uitbuiting. De zorgcoördinatie van HVO-Querido regelt opvang en begeleiding, maar is afhankelijk van beschikbare plekken. Vooral voor mannelijke slachtoffers en slachtoffers van arbeidsuitbuiting ontbreekt het in de regio aan geschikte opvang. Wij maken daarom afspraken over crisisplekken in West-Friesland en over de doorstroming naar reguliere huisvesting, inkomen en zorg.`},
							{Style: "paragraph", Text: `Ook na de opvang hebben slachtoffers vaak nog lang ondersteuning nodig, bijvoorbeeld bij schulden, traumaverwerking of het vinden van werk. De sociale teams zijn daarbij een belangrijke schakel. Een *warme overdracht* van de zorgcoördinatie naar het sociaal team is het uitgangspunt.`},
							{Style: "bullets", Text: `Twee crisisplekken en een noodbed in West-Friesland, ook beschikbaar voor mannen
Aanmelding bij de zorgcoördinatie binnen 24 uur na een signaal
Afspraken over inschrijving in de BRP, inkomen en zorgverzekering voor slachtoffers
Warme overdracht naar het sociaal team bij uitstroom uit de opvang`},
						},
					},
				},
			},
			{
				Title: "Organisatie en rollen",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Een geborgde aanpak vraagt om heldere rollen. De burgemeester is verantwoordelijk voor de openbare orde en de bestuurlijke aanpak, de wethouder zorg voor opvang en hulpverlening. Ambtelijk komt alles samen bij de aandachtsfunctionaris. De regionale ketenregisseur ondersteunt de gemeenten, bewaakt de samenhang en is het aanspreekpunt voor regionale partners.`},
					{Style: "bullets", Text: `Colleges van B&W: vaststellen van beleid en uitvoeringsagenda, jaarlijks informeren van de raad
Regionaal veiligheidsoverleg West-Friesland: bestuurlijke sturing op de regionale aanpak
Ketenregisseur: voorbereiden, verbinden, monitoren en rapporteren
Aandachtsfunctionarissen: lokaal aanspreekpunt, uitvoering en registratie van signalen
Ketenpartners: uitvoering vanuit de eigen taak en bevoegdheid, volgens de ketenafspraken`},
				},
				Children: []demoSection{
					{
						Title: "Aandachtsfunctionaris mensenhandel",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Iedere gemeente heeft een aandachtsfunctionaris mensenhandel. Die is het eerste aanspreekpunt voor collega's en partners, kent de bestuurlijke bevoegdheden en weet waar slachtoffers terechtkunnen. De aandachtsfunctionaris zorgt dat signalen binnen de gemeente worden vastgelegd en doorgezet, adviseert bij vergunningverlening en handhaving en houdt de kennis in de organisatie op peil.`},
							{Style: "paragraph", Text: `Wij vragen iedere gemeente om voor deze rol ten minste **4 uur per week** vrij te maken, in Hoorn en Medemblik 8 uur, en om een vaste vervanger aan te wijzen. Alle aandachtsfunctionarissen volgen de e-learning van het CCV en nemen deel aan het regionale intervisieoverleg, dat zes keer per jaar plaatsvindt.`},
						},
					},
					{
						Title: "Interne meldroute",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `De interne meldroute beschrijft wat een medewerker doet als hij of zij een signaal van mensenhandel opvangt. Het uitgangspunt is eenvoudig: *bij twijfel bespreek je het met de aandachtsfunctionaris*. De aandachtsfunctionaris weegt het signaal, legt het vast in het beveiligde zaaksysteem en bepaalt of het wordt doorgezet naar politie, Veilig Thuis, de zorgcoördinatie of het casusoverleg van het Zorg- en Veiligheidshuis. Bij acuut gevaar belt de medewerker altijd direct 112.`},
							{Style: "paragraph", Text: `Hoorn en de SED-gemeenten (Stede Broec, Enkhuizen en Drechterland) hebben al een vastgestelde meldroute. Op basis daarvan stellen wij één regionaal model op, dat iedere gemeente met een lokaal invulblad kan vaststellen. De volledige meldroute staat in de bijlage.`},
						},
					},
					{
						Title: "Zorgcoördinatie",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `De zorgcoördinatie mensenhandel voor Noord-Holland is belegd bij HVO-Querido. De zorgcoördinator is het centrale aanspreekpunt voor hulp aan mogelijke slachtoffers: hij of zij regelt opvang, medische en psychosociale zorg, juridische bijstand, inkomen en huisvesting, en onderhoudt het contact met politie en IND. Gemeenten melden een mogelijk slachtoffer altijd aan bij de zorgcoördinatie, ook als nog niet duidelijk is of er aangifte wordt gedaan.`},
							{Style: "paragraph", Text: `De opdracht aan HVO-Querido wordt namens de regio verstrekt door de centrumgemeenten en loopt tot en met 2027. Bij de verlenging willen wij afspraken maken over de bereikbaarheid buiten kantoortijden en over de terugkoppeling aan de aandachtsfunctionaris.`},
						},
					},
				},
			},
			{
				Title: "Samenwerking en ketenafspraken",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De aanpak van mensenhandel steunt op een aantal formele afspraken met partners. Deze regelen wie wat doet en, waar nodig, op welke grondslag informatie wordt gedeeld. De ketenregisseur houdt een overzicht bij van alle afspraken met hun looptijd en evaluatiedatum, zodat verlenging en evaluatie tijdig worden voorbereid. De belangrijkste afspraken voor West-Friesland zijn:`},
					{Style: "bullets", Text: `Convenant RIEC Noord-Holland (WGS), voor informatie-uitwisseling in de bestuurlijke aanpak van ondermijning en mensenhandel
Convenant Zorg- en Veiligheidshuis West-Friesland, dat nu wordt geëvalueerd en aangepast aan de WGS
Convenant ketensamenwerking mensenhandel West-Friesland, gebaseerd op het landelijke modelconvenant
Opdracht zorgcoördinatie mensenhandel aan HVO-Querido
Opvangafspraken met Leger des Heils, Blijf Groep en HVO-Querido
Aansluitafspraken met Veilig Thuis Noord-Holland Noord
Samenwerkingsafspraak Bibob met het RIEC voor Hoorn, Medemblik, Koggenland en Opmeer`},
					{Style: "paragraph", Text: `Uit de pilot *informatieplein mensenhandel* met het RIEC hebben wij geleerd dat een vaste tafel waaraan zorg- en veiligheidspartners signalen samen wegen, de doorlooptijd aanzienlijk verkort. Na afloop van de pilot is deze werkwijze ondergebracht bij het RIEC en het Zorg- en Veiligheidshuis.`},
					{Style: "paragraph", Text: `In de komende periode willen wij de aansluiting van de Nederlandse Arbeidsinspectie en het onderwijs verstevigen en afspraken maken met grote werkgevers en uitzendbureaus in de agrarische sector. Ook verkennen wij of de SED-gemeenten kunnen aansluiten bij de Bibob-samenwerking.`},
				},
			},
			{
				Title: "Uitvoering, monitoring en evaluatie",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De ambities uit dit plan zijn vertaald in een uitvoeringsagenda met twaalf acties. Per actie staat wie eigenaar is, welke partners betrokken zijn, wanneer de actie klaar moet zijn en waaraan wij zien dat die gelukt is. De ketenregisseur bewaakt de voortgang en bespreekt die elk kwartaal in het regionaal ketenoverleg. Wij monitoren op drie niveaus:`},
					{Style: "bullets", Text: `Voortgang van de acties: elk kwartaal, in het regionaal ketenoverleg
Kerncijfers: jaarlijks, waaronder het aantal signalen per vorm van uitbuiting, het aantal getrainde medewerkers en het aantal aanmeldingen bij de zorgcoördinatie
Ontwikkeling op de thema's van het Kader Aanpak Mensenhandel: via een nieuwe meting in 2027 en in 2028`},
					{Style: "paragraph", Text: `Cijfers worden uitsluitend geaggregeerd en anoniem verzameld en gerapporteerd. Gegevens over individuele slachtoffers of verdachten worden niet in de monitor opgenomen; die blijven in de systemen van het Zorg- en Veiligheidshuis, het RIEC, de zorgcoördinatie en de politie.`},
					{Style: "paragraph", Text: `Elk jaar ontvangen de colleges in het tweede kwartaal een voortgangsrapportage, die zij met de gemeenteraad delen. In 2027 vindt een tussentijdse evaluatie plaats, zodat wij zo nodig kunnen bijsturen. De eindevaluatie in 2028 vormt de basis voor het volgende beleidsplan.`},
				},
			},
			{
				Title: "Financiën",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De aanpak van mensenhandel is een structurele taak van gemeenten. Het grootste deel van de inzet bestaat uit uren van medewerkers binnen de bestaande formatie, zoals de aandachtsfunctionarissen, beleidsadviseurs en toezichthouders. Daarnaast zijn er regionale kosten voor ketenregie, training en bewustwording. Voor deze regionale kosten gaan wij uit van de volgende jaarlijkse begroting:`},
					{Style: "bullets", Text: `Ketenregie (1,0 fte, inclusief werkplek en overhead): € 98.000
Training en intervisie van aandachtsfunctionarissen en frontlijnmedewerkers: € 18.000
Bewustwording en campagnes: € 12.000
Voorlichting aan arbeidsmigranten en tolkkosten: € 8.000
Monitoring en onvoorzien: € 4.000`},
					{Style: "paragraph", Text: `Dat komt neer op **€ 140.000 per jaar**. De gemeenten dragen samen € 0,40 per inwoner bij, ongeveer € 86.000, verdeeld naar inwoneraantal. Het resterende deel wordt gedekt uit de middelen voor maatschappelijke opvang van de centrumgemeente en uit rijksbijdragen voor de regionale aanpak, zolang die beschikbaar zijn.`},
					{Style: "paragraph", Text: `De kosten van opvang en zorg voor slachtoffers vallen binnen de bestaande budgetten voor maatschappelijke opvang en de Wmo. Als rijksbijdragen na 2026 wegvallen, leggen wij de colleges tijdig een voorstel voor over de dekking.`},
				},
			},
			{
				Title: "Bijlage: Meldroute",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Deze meldroute geldt voor alle medewerkers van de West-Friese gemeenten en van de sociale teams. Ze beschrijft de stappen bij een signaal van mogelijke mensenhandel. De route is bewust kort gehouden: bij twijfel is contact opnemen met de aandachtsfunctionaris altijd de goede stap.`},
					{Style: "heading", Text: "Stap voor stap"},
					{Style: "bullets", Text: `Stap 1 – Signaal opvangen: let op signalen en noteer feitelijk wat je ziet of hoort. Ga niet zelf onderzoeken en spreek niemand aan op je vermoeden.
Stap 2 – Acuut gevaar: bel direct 112 en informeer daarna de aandachtsfunctionaris.
Stap 3 – Bespreken: neem dezelfde dag contact op met de aandachtsfunctionaris van je gemeente, of bij afwezigheid met de vervanger of de regionale ketenregisseur.
Stap 4 – Wegen: de aandachtsfunctionaris weegt het signaal, zo nodig samen met de politie (AVIM) of de zorgcoördinatie, en legt het vast in het beveiligde zaaksysteem.
Stap 5 – Doorzetten: afhankelijk van de situatie gaat het signaal naar de zorgcoördinatie (hulp), de politie (strafrecht), Veilig Thuis (minderjarigen of huiselijke kring), de Arbeidsinspectie (arbeidsuitbuiting) of het casusoverleg van het Zorg- en Veiligheidshuis.
Stap 6 – Terugkoppelen: de aandachtsfunctionaris laat de melder weten dat het signaal is opgepakt, zonder inhoudelijke details te delen.`},
					{Style: "heading", Text: "Belangrijke nummers"},
					{Style: "bullets", Text: `Acuut gevaar: 112
Politie, geen spoed: 0900-8844
Meld Misdaad Anoniem: 0800-7000
Veilig Thuis: 0800-2000
Zorgcoördinatie mensenhandel HVO-Querido: via de aandachtsfunctionaris`},
					{Style: "paragraph", Text: `*Let op:* leg in de eigen registratie alleen vast wat nodig is voor de opvolging van het signaal, en deel persoonsgegevens uitsluitend via de afgesproken beveiligde kanalen.`},
				},
			},
		},
		Actions: []demoAction{
			{Title: "Vaststelling regionaal beleidsplan door alle colleges", Theme: "beleid", Owner: "Gemeente Hoorn (ketenregisseur)", Partners: "Zeven West-Friese gemeenten, regionaal veiligheidsoverleg", Planning: "Q2 2026", Status: "vertraagd", Indicator: "Plan vastgesteld door 7 van de 7 colleges"},
			{Title: "Afstemming APV-bepalingen seksbedrijven en kamerverhuur", Theme: "beleid", Owner: "Gemeente Medemblik (beleidsadviseur OOV)", Partners: "Beleidsadviseurs OOV West-Friesland, politie district Noord-Holland Noord", Planning: "2026-2027", Status: "loopt", Indicator: "Gelijkluidende APV-bepalingen vastgesteld in alle zeven gemeenten"},
			{Title: "Signaleringstraining frontlijnmedewerkers", Theme: "signalering", Owner: "Gemeente Hoorn (aandachtsfunctionaris)", Partners: "CCV, politie AVIM, HVO-Querido", Planning: "2025-2026", Status: "loopt", Indicator: "90% van de baliemedewerkers, toezichthouders en medewerkers sociale teams getraind"},
			{Title: "Regionaal model interne meldroute met lokale invulbladen", Theme: "signalering", Owner: "Gemeente Enkhuizen (aandachtsfunctionaris)", Partners: "Aandachtsfunctionarissen West-Friesland, Zorg- en Veiligheidshuis West-Friesland", Planning: "Q4 2025", Status: "gereed", Indicator: "Model vastgesteld in het ketenoverleg; lokale invulbladen beschikbaar voor alle gemeenten"},
			{Title: "Integrale controles huisvesting arbeidsmigranten", Theme: "signalering", Owner: "Gemeente Medemblik (toezicht en handhaving)", Partners: "Nederlandse Arbeidsinspectie, politie, Veiligheidsregio Noord-Holland Noord, Gemeente Hoorn", Planning: "2026-2028", Status: "loopt", Indicator: "Ten minste 4 integrale controles per jaar, met terugkoppeling in het ketenoverleg"},
			{Title: "Regionale campagne rond de Europese dag tegen mensenhandel", Theme: "bewustwording", Owner: "Gemeente Stede Broec (aandachtsfunctionaris)", Partners: "CoMensha, communicatieadviseurs van de gemeenten", Planning: "2025-2028", Status: "loopt", Indicator: "Jaarlijks een campagne in alle zeven gemeenten; online bereik gemeten"},
			{Title: "Gastlessen loverboymethode en criminele uitbuiting", Theme: "bewustwording", Owner: "Gemeente Hoorn (ketenregisseur)", Partners: "ROC Horizon College, scholen voortgezet onderwijs, politie, jongerenwerk", Planning: "2026-2027", Status: "loopt", Indicator: "Gastles op ten minste 8 scholen per schooljaar"},
			{Title: "Voorlichting aan arbeidsmigranten in eigen taal", Theme: "bewustwording", Owner: "Gemeente Medemblik (aandachtsfunctionaris)", Partners: "FairWork, werkgevers agrarische sector, uitzendbureaus", Planning: "Q2 2026", Status: "vertraagd", Indicator: "Materiaal in 5 talen beschikbaar; 10 voorlichtingsbijeenkomsten per jaar"},
			{Title: "Actualisatie convenant ketensamenwerking onder de WGS", Theme: "samenwerking", Owner: "Gemeente Hoorn (ketenregisseur)", Partners: "Zorg- en Veiligheidshuis West-Friesland, RIEC Noord-Holland, politie, HVO-Querido, Veilig Thuis", Planning: "2026-2027", Status: "loopt", Indicator: "Geactualiseerd convenant ondertekend door alle partijen"},
			{Title: "Bibob-samenwerking uitbreiden naar de SED-gemeenten", Theme: "samenwerking", Owner: "Gemeente Hoorn (Bibob-coördinator)", Partners: "RIEC Noord-Holland, gemeenten Enkhuizen, Drechterland en Stede Broec", Planning: "Q1 2027", Status: "gepland", Indicator: "Alle zeven gemeenten aangesloten bij de regionale Bibob-samenwerking"},
			{Title: "Crisisopvang in de regio, ook voor mannen", Theme: "opvang", Owner: "Gemeente Hoorn (wethouder zorg, centrumgemeente)", Partners: "Leger des Heils, HVO-Querido, Blijf Groep", Planning: "Q3 2026", Status: "loopt", Indicator: "Twee crisisplekken en een noodbed beschikbaar; plaatsing binnen 24 uur"},
			{Title: "Werkafspraak warme overdracht zorgcoördinatie en sociale teams", Theme: "opvang", Owner: "Sociaal Wijkteam Hoorn", Partners: "HVO-Querido, sociale teams West-Friesland", Planning: "Q2 2027", Status: "gepland", Indicator: "Werkafspraak vastgesteld; overdrachtsgesprek bij elke uitstroom uit de opvang"},
		},
		Versions: []demoVersion{
			{Version: "0.1", Date: "2025-09-15", Author: "Noëlle van der Meer", Change: "Opzet en hoofdstukindeling op basis van de meting 2025"},
			{Version: "0.2", Date: "2025-11-28", Author: "Thijs Dekker", Change: "Huidige situatie en arbeidsuitbuiting uitgewerkt"},
			{Version: "0.3", Date: "2026-03-10", Author: "Noëlle van der Meer", Change: "Reacties uit de werksessies met ketenpartners verwerkt; uitvoeringsagenda toegevoegd"},
			{Version: "0.4", Date: "2026-09-22", Author: "Noëlle van der Meer", Change: "Financiële paragraaf geactualiseerd; versie voor bespreking in het regionaal veiligheidsoverleg"},
		},
	},
	{
		Title:       "Beleidsplan aanpak mensenhandel Zuid-Kennemerland 2026-2029",
		Cluster:     "Zuid-Kennemerland",
		PeriodStart: 2026,
		PeriodEnd:   2029,
		Status:      "concept",
		Version:     "0.2",
		Author:      "Renée Hoekstra",
		Goals: `Haarlem, Heemstede, Bloemendaal en Zandvoort werken vanuit één gezamenlijk, door de colleges vastgesteld beleid.
Iedere gemeente heeft een aandachtsfunctionaris met voldoende tijd, een vaste vervanger en een vastgestelde interne meldroute.
Medewerkers en toezichthouders herkennen signalen van uitbuiting, ook in de horeca, bij evenementen en in seizoenswerk aan de kust.
Jongeren, ouders en professionals rond jongeren kennen de werkwijze van daders van criminele en seksuele uitbuiting.
Ketenpartners in Zuid-Kennemerland werken op basis van ondertekende afspraken en een gedeelde werkwijze in het Zorg- en Veiligheidshuis.
Ieder slachtoffer, ook mannen en slachtoffers van arbeidsuitbuiting, kan binnen 48 uur terecht in passende opvang.`,
		Results: `Het beleidsplan is uiterlijk medio 2027 door alle vier colleges vastgesteld.
Eind 2027 hebben alle vier gemeenten een vastgestelde interne meldroute.
Eind 2028 heeft 80% van de frontlijnmedewerkers en toezichthouders een signaleringstraining gevolgd.
Het aantal signalen van arbeidsuitbuiting en criminele uitbuiting ligt in 2028 hoger dan in 2024 (toen 12 en 10).
Het convenant ketensamenwerking mensenhandel Zuid-Kennemerland is ondertekend en in 2028 geëvalueerd.
In 2029 zijn er in de regio ten minste twee opvangplekken beschikbaar voor mannelijke slachtoffers.`,
		Sections: []demoSection{
			{
				Title: "Voorwoord",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Uitbuiting is vaak dichterbij dan we denken. Het kan gaan om de schoonmaker die zeven dagen per week werkt voor een paar euro per uur, om het meisje dat via een 'vriendje' in de prostitutie belandt of om de scholier die voor een paar honderd euro drugs rondbrengt en daarna niet meer kan stoppen. Ook in Zuid-Kennemerland, met zijn historische binnenstad, rustige woonwijken en drukke kust, komt mensenhandel voor.`},
					{Style: "paragraph", Text: `De gemeenten Haarlem, Heemstede, Bloemendaal en Zandvoort werken al jaren samen op het gebied van zorg en veiligheid. Met dit beleidsplan trekken wij die samenwerking door naar de aanpak van mensenhandel. Haarlem draagt als centrumgemeente voor maatschappelijke opvang een bijzondere verantwoordelijkheid, maar de aanpak is van ons alle vier: signalen komen overal binnen, ook aan het loket in Heemstede of tijdens een controle op het strand van Zandvoort.`},
					{Style: "paragraph", Text: `Dit is een conceptversie. Wij nodigen ketenpartners nadrukkelijk uit om te reageren, zodat het plan dat de colleges in 2027 vaststellen ook hún plan is.`},
					{Style: "paragraph", Text: `*De burgemeesters en portefeuillehouders zorg van Haarlem, Heemstede, Bloemendaal en Zandvoort*`},
				},
			},
			{
				Title: "Samenvatting",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Dit plan beschrijft hoe de gemeenten in Zuid-Kennemerland in de periode 2026-2029 mensenhandel voorkomen, signaleren en aanpakken, en hoe zij slachtoffers helpen. Het bouwt voort op de Haarlemse notitie uit 2021 en trekt de aanpak door naar Heemstede, Bloemendaal en Zandvoort. De opbouw volgt de vijf thema's van het Kader Aanpak Mensenhandel van de VNG.`},
					{Style: "paragraph", Text: `In 2024 registreerden de aandachtsfunctionarissen en het Zorg- en Veiligheidshuis Kennemerland **41 signalen** uit Zuid-Kennemerland, het merendeel uit Haarlem. Uit de kleinere gemeenten komen nog weinig signalen binnen. Dat betekent niet dat mensenhandel daar niet voorkomt, maar wijst op een nog beperkt signalerend vermogen. De meting van 2025 bevestigt dat beeld: Haarlem voldoet op de meeste thema's aan het basisniveau, de andere drie gemeenten op een deel van de thema's.`},
					{Style: "paragraph", Text: `De belangrijkste keuzes in dit plan zijn:`},
					{Style: "bullets", Text: `één gezamenlijk beleid en één meldroute voor de vier gemeenten, met een lokaal aanspreekpunt in iedere gemeente
extra aandacht voor criminele uitbuiting van jongeren, samen met scholen, jongerenwerk en politie
gerichte signalering in de horeca, bij evenementen en in seizoenswerk aan de kust
ondertekening van het convenant ketensamenwerking mensenhandel Zuid-Kennemerland
meer passende opvang voor mannelijke slachtoffers en slachtoffers van arbeidsuitbuiting`},
					{Style: "paragraph", Text: `De uitvoeringsagenda bevat tien acties. De regionale kosten worden voor een deel gedragen door Haarlem als centrumgemeente en voor het overige door de vier gemeenten samen, naar rato van het aantal inwoners.`},
				},
			},
			{
				Title: "Inleiding",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Sinds het Interbestuurlijk Programma van 2018 wordt van iedere gemeente een duidelijke en geborgde aanpak van mensenhandel verwacht. Haarlem stelde in 2021 een eigen notitie vast. Heemstede, Bloemendaal en Zandvoort sloten aan bij de regionale afspraken over zorgcoördinatie en opvang, maar hebben (nog) geen eigen beleid. Daardoor verschillen de werkwijzen per gemeente en is het voor partners niet altijd duidelijk bij wie zij terechtkunnen.`},
					{Style: "paragraph", Text: `In 2025 hebben de vier burgemeesters afgesproken om tot één gezamenlijk beleidsplan te komen. Dit concept is opgesteld door de ketenregisseurs van de gemeente Haarlem, in nauw overleg met de aandachtsfunctionarissen en de beleidsadviseurs openbare orde en veiligheid van de vier gemeenten. Het concept wordt in het najaar van 2026 besproken met de ketenpartners; hun reacties worden verwerkt in een versie voor bestuurlijke besluitvorming.`},
					{Style: "paragraph", Text: `Dit plan hangt samen met het integraal veiligheidsplan, het regionale beleid voor maatschappelijke opvang en beschermd wonen, de aanpak van huiselijk geweld en kindermishandeling en de regionale aanpak van ondermijning. Waar die plannen raakvlakken hebben, verwijzen wij ernaar in plaats van afspraken te herhalen.`},
					{Style: "heading", Text: "Reikwijdte"},
					{Style: "paragraph", Text: `Het plan gaat over alle vormen van mensenhandel en over alle slachtoffers, ongeacht leeftijd, geslacht, nationaliteit of verblijfsstatus. Mensensmokkel valt er niet onder, behalve waar smokkel overgaat in uitbuiting. Het plan richt zich op de taken en bevoegdheden van de gemeenten. De strafrechtelijke aanpak is de verantwoordelijkheid van politie en Openbaar Ministerie; de samenwerking met hen komt wel aan bod.`},
					{Style: "heading", Text: "Opbouw"},
					{Style: "paragraph", Text: `Het plan begint met een uitleg van het begrip mensenhandel en van het wettelijk en beleidskader. Daarna volgen de huidige situatie, de ambitie en doelen per thema, de organisatie en de samenwerking met partners. Het plan sluit af met de uitvoering, de monitoring en de financiën. In de bijlage is de meldroute opgenomen.`},
				},
			},
			{
				Title: "Wat is mensenhandel",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Het Wetboek van Strafrecht omschrijft mensenhandel in **artikel 273f**. De kern is dat iemand een ander in een situatie brengt of houdt waarin die ander wordt uitgebuit. Daarvoor zijn drie elementen van belang: een *handeling* (werven, vervoeren, overbrengen, huisvesten of opnemen), een *middel* (dwang, geweld, misleiding, misbruik van een kwetsbare positie of van overwicht) en een *oogmerk* van uitbuiting. Bij minderjarigen is het middel niet nodig. Voor de strafbaarheid maakt het niet uit of het slachtoffer heeft ingestemd.`},
					{Style: "paragraph", Text: `Mensenhandel is geen delict dat alleen over de grens plaatsvindt. Ook Nederlanders kunnen in hun eigen woonplaats slachtoffer worden, en de meeste uitbuiting vindt plaats in gewone omgevingen: een bedrijfspand, een huurwoning, een hotelkamer of online. De wet onderscheidt de volgende vormen:`},
					{Style: "bullets", Text: `**Seksuele uitbuiting**: iemand wordt gedwongen tot prostitutie of andere seksuele handelingen, terwijl een ander de opbrengst afneemt. Dat kan in vergunde bedrijven gebeuren, maar vaker in onvergunde situaties, zoals in woningen of via online advertenties.
**Arbeidsuitbuiting**: iemand werkt onder dwang of vanuit een afhankelijke positie tegen zeer slechte voorwaarden, bijvoorbeeld in de horeca, de schoonmaak, de bouw, de distributie, in nagel- en massagesalons of als huishoudelijk personeel.
**Criminele uitbuiting**: iemand wordt gedwongen strafbare feiten te plegen, zoals het vervoeren of verkopen van drugs, winkeldiefstal of het beschikbaar stellen van een bankrekening.
**Gedwongen orgaanverwijdering**: iemand wordt onder druk gezet om een orgaan af te staan. Deze vorm is in Nederland zeldzaam.`},
					{Style: "paragraph", Text: `Met de Wet modernisering en uitbreiding strafbaarstelling mensenhandel wordt het strafrecht op dit punt aangepast. Die wet introduceert aparte strafbaarstellingen voor ernstige benadeling bij arbeid en voor voordeeltrekking, zodat ook ernstige misstanden kunnen worden aangepakt die niet (aantoonbaar) onder uitbuiting vallen.`},
					{Style: "paragraph", Text: `Slachtoffers zien zichzelf vaak niet als slachtoffer. Ze schamen zich, zijn bang voor de dader of voor de gevolgen voor hun verblijfsstatus, of hebben schulden die zij denken te moeten afbetalen. Daarom is het belangrijk dat professionals de signalen kennen en weten wat zij ermee moeten doen, ook als het slachtoffer zelf geen hulp vraagt.`},
				},
			},
			{
				Title: "Wettelijk en beleidskader",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De gemeentelijke taak in de aanpak van mensenhandel volgt uit landelijke afspraken en wetgeving:`},
					{Style: "bullets", Text: `**IBP 5.11 (2018)**: iedere gemeente heeft een duidelijke en geborgde aanpak, met zorgcoördinatie, een aandachtsfunctionaris en regionale afspraken over opvang, hulp en nazorg.
**Samen tegen mensenhandel**: het landelijke programma van Rijk, gemeenten en ketenpartners uit 2018, voortgezet met actieplannen in 2023 en 2024.
**Basisniveau bestuurlijke aanpak mensenhandel (2015)**: actieve signalering, een aanspreekpunt binnen de gemeente en passend beleid en regelgeving, waaronder APV, prostitutiebeleid en Bibob.
**Kader Aanpak Mensenhandel (VNG, 2021)**: vijf thema's met een basis- en een verdiepingsniveau, die in dit plan als kapstok dienen.
**Wet Bibob**: de bevoegdheid om vergunningen te weigeren of in te trekken bij ernstig gevaar voor misbruik.
**APV**: de lokale regels voor onder meer seksbedrijven, horeca en evenementen.
**WGS (sinds 1 maart 2025)**: de grondslag voor gegevensverwerking binnen het RIEC en het Zorg- en Veiligheidshuis.`},
					{Style: "paragraph", Text: `Voor de kustgemeenten is de APV een belangrijk instrument. In de evenementenvergunning en de vergunningen voor strandexploitatie kunnen voorwaarden worden opgenomen over de inzet en huisvesting van personeel. Haarlem kent een vergunningstelsel voor seksbedrijven; Heemstede, Bloemendaal en Zandvoort hebben vergelijkbare bepalingen in hun APV, maar die zijn niet op elkaar afgestemd. Het wetsvoorstel Wet regulering sekswerk heeft, als het wordt aangenomen, gevolgen voor het lokale prostitutiebeleid; wij volgen de behandeling en passen het beleid zo nodig aan.`},
					{Style: "paragraph", Text: `Voor de zorg aan slachtoffers zijn de Wet maatschappelijke ondersteuning 2015 en de Jeugdwet leidend. Haarlem is als centrumgemeente verantwoordelijk voor de maatschappelijke opvang in de regio en verstrekt samen met andere centrumgemeenten de opdracht voor de zorgcoördinatie aan HVO-Querido. Bij het uitwisselen van gegevens houden alle partners zich aan de AVG: gemeenten verwerken persoonsgegevens op grond van hun publieke taak (art. 6 lid 1 sub e AVG) en alleen voor zover dat noodzakelijk is.`},
				},
			},
			{
				Title: "Huidige situatie",
				Blocks: []demoBlock{
					{Style: "heading", Text: "De regio in het kort"},
					{Style: "paragraph", Text: `Zuid-Kennemerland telt ongeveer 235.000 inwoners, van wie ruim 160.000 in Haarlem. Haarlem is een centrumstad met een levendige binnenstad, veel horeca en een vergunningstelsel voor seksbedrijven. Heemstede en Bloemendaal zijn overwegend woongemeenten, met relatief veel huishoudens waar huishoudelijk personeel of au pairs werken. Zandvoort en Bloemendaal hebben een drukke kust met strandpaviljoens die in het seizoen veel tijdelijke krachten inzetten, en Zandvoort ontvangt jaarlijks grote evenementen met tienduizenden bezoekers.`},
					{Style: "heading", Text: "Meting 2025"},
					{Style: "paragraph", Text: `In 2025 hebben de vier gemeenten met hulp van CoMensha hun aanpak gemeten aan de hand van het Kader Aanpak Mensenhandel. De resultaten laten een duidelijk verschil zien tussen Haarlem en de andere gemeenten:`},
					{Style: "bullets", Text: `Haarlem voldoet op vier van de vijf thema's aan het basisniveau en op het thema opvang aan het verdiepingsniveau.
Heemstede, Bloemendaal en Zandvoort hebben een aandachtsfunctionaris, maar die heeft weinig uren en geen vaste vervanger.
Alleen Haarlem werkt met een vastgestelde interne meldroute; een gezamenlijke meldroute is in afstemming.
Bewustwordingsactiviteiten zijn incidenteel en vooral op Haarlem gericht.
De samenwerking in het Zorg- en Veiligheidshuis Kennemerland is goed ontwikkeld, maar de kleinere gemeenten brengen zelden signalen in.`},
					{Style: "heading", Text: "Signalen"},
					{Style: "paragraph", Text: `In 2024 werden uit Zuid-Kennemerland 41 signalen van mogelijke mensenhandel geregistreerd, tegen 33 in 2023. Het ging om 15 signalen van seksuele uitbuiting, 12 van arbeidsuitbuiting en 10 van criminele uitbuiting; bij 4 signalen was de vorm niet vast te stellen. Ruim driekwart van de signalen kwam uit Haarlem. Opvallend is de toename van signalen van criminele uitbuiting van minderjarigen, vooral via scholen en de jeugdhulp. Alle cijfers zijn geaggregeerd en niet tot personen herleidbaar.`},
					{Style: "paragraph", Text: `Landelijk wordt aangenomen dat slechts een klein deel van de slachtoffers in beeld komt. Wij verwachten daarom dat het aantal signalen de komende jaren stijgt, zeker in de kleinere gemeenten. Dat is een teken dat de aanpak werkt, niet dat het probleem groter wordt.`},
					{Style: "heading", Text: "Wat partners zien"},
					{Style: "paragraph", Text: `In de werksessies van het voorjaar van 2026 hebben partners hun beeld gedeeld. De politie ziet dat jongeren op steeds jongere leeftijd worden benaderd voor criminele klussen, vaak via berichtenapps. De Arbeidsinspectie en FairWork wijzen op risico's bij schoonmaakbedrijven en in de maaltijdbezorging, waar werk via onderaannemers en platforms wordt verdeeld. De GGD ziet bij de bezoeken aan vergunde seksbedrijven weinig signalen, maar maakt zich zorgen over de verschuiving naar onvergunde prostitutie in woningen en hotels, die voor toezichthouders lastig te bereiken is. Veilig Thuis ontvangt meldingen waarin uitbuiting samengaat met huiselijk geweld.`},
				},
			},
			{
				Title: "Ambitie en doelen",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Onze ambitie voor 2029 is dat alle vier gemeenten op de vijf thema's van het Kader Aanpak Mensenhandel ten minste het basisniveau halen, en dat de regio op de thema's signalerend vermogen en opvang het verdiepingsniveau bereikt. Daarbij geldt: *wat in Haarlem werkt, maken we beschikbaar voor de hele regio*. En waar de kleinere gemeenten beter zicht hebben, zoals op de kust, leren we van hen.`},
				},
				Children: []demoSection{
					{
						Title: "Beleidsmatige basis",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Met dit plan krijgen de vier gemeenten voor het eerst één gezamenlijk beleid. Ieder college stelt het plan afzonderlijk vast en de gemeenteraden worden jaarlijks geïnformeerd. Het prostitutiebeleid en de relevante APV-bepalingen worden op elkaar afgestemd, zodat exploitanten niet uitwijken naar de gemeente met de minste regels.`},
							{Style: "bullets", Text: `Vaststelling van het beleidsplan in alle vier gemeenten
Geharmoniseerde APV-bepalingen voor seksbedrijven
Mensenhandel opgenomen in de integrale veiligheidsplannen vanaf 2027
Jaarlijkse raadsinformatiebrief over de voortgang`},
						},
					},
					{
						Title: "Signalerend vermogen",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Signalen komen binnen aan de balie, bij huisbezoeken van de sociale wijkteams, bij controles van horeca en seksbedrijven en bij de vergunningverlening voor evenementen. Wij willen dat medewerkers op al deze plekken weten waar zij op moeten letten en dat zij de meldroute kennen. In de kleinere gemeenten investeren wij vooral in tijd en vervanging voor de aandachtsfunctionaris.`},
							{Style: "paragraph", Text: `Voor de kust ontwikkelen wij met Zandvoort en Bloemendaal een aanpak voor seizoenswerk en evenementen, samen met de Nederlandse Arbeidsinspectie en de strandexploitanten.`},
							{Style: "bullets", Text: `Eén regionale interne meldroute, vastgesteld in iedere gemeente
Signaleringstraining voor frontlijnmedewerkers, toezichthouders en vergunningverleners
Checklist signalen van uitbuiting bij evenementen- en exploitatievergunningen
Voldoende uren en een vaste vervanger voor iedere aandachtsfunctionaris`},
						},
					},
					{
						Title: "Bewustwording",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Criminele uitbuiting van jongeren is in onze regio een groeiend probleem. Daders benaderen jongeren via sociale media en lokken hen met snel geld. Wij willen jongeren, ouders en professionals rond jongeren helpen de signalen te herkennen en bespreekbaar te maken. Daarnaast richten wij ons op zorgprofessionals, zoals huisartsen en medewerkers van de spoedeisende hulp, die slachtoffers soms als enigen te zien krijgen.`},
							{Style: "bullets", Text: `Gastlessen in het voortgezet onderwijs en het mbo, samen met politie en jongerenwerk
Ouderavonden en informatie voor mentoren en zorgcoördinatoren op scholen
Voorlichting aan huisartsen en de spoedeisende hulp van het Spaarne Gasthuis
Deelname aan de landelijke campagne rond 18 oktober`},
						},
					},
					{
						Title: "Samenwerking in keten en regio",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `De samenwerking met politie, Openbaar Ministerie, Veilig Thuis, de zorgcoördinatie en het Zorg- en Veiligheidshuis Kennemerland is goed, maar rust nog te veel op persoonlijke contacten. Wij leggen de afspraken daarom vast in het convenant ketensamenwerking mensenhandel Zuid-Kennemerland, dat gereed is voor ondertekening. Ook maken wij werkafspraken tussen Veilig Thuis en het Zorg- en Veiligheidshuis over signalen van uitbuiting binnen gezinnen en bij minderjarigen.`},
							{Style: "paragraph", Text: `Met de gemeenten in IJmond en Haarlemmermeer en met Noord-Holland Samen Veilig stemmen wij af waar een bredere regionale aanpak meerwaarde heeft, bijvoorbeeld bij trainingen en opvang.`},
							{Style: "bullets", Text: `Ondertekening van het convenant ketensamenwerking mensenhandel
Werkafspraken tussen Veilig Thuis Kennemerland en het Zorg- en Veiligheidshuis
Halfjaarlijks regionaal overleg mensenhandel Zuid-Kennemerland
Aansluiting van de Arbeidsinspectie en het onderwijs bij dat overleg`},
						},
					},
					{
						Title: "Opvang van en hulpverlening aan slachtoffers",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Als centrumgemeente zorgt Haarlem voor opvang in de regio. Voor vrouwelijke slachtoffers van seksuele uitbuiting is die opvang redelijk op orde, onder meer via de Blijf Groep en de zorgcoördinatie van HVO-Querido. Voor mannen en voor slachtoffers van arbeidsuitbuiting zijn er te weinig geschikte plekken, waardoor zij soms buiten de regio of tijdelijk in een hotel worden opgevangen.`},
							{Style: "paragraph", Text: `Wij willen dat ieder slachtoffer binnen 48 uur een passende plek heeft en dat de overgang naar eigen woonruimte, inkomen en zorg goed geregeld is. Voor slachtoffers zonder verblijfsrecht maken wij gebruik van de verblijfsregeling mensenhandel van de IND.`},
							{Style: "bullets", Text: `Ten minste twee opvangplekken voor mannelijke slachtoffers in de regio
Vaste afspraken over doorstroom naar woonruimte via de urgentieregeling
Begeleiding na de opvang door de sociale wijkteams
Jaarlijkse rapportage van de zorgcoördinatie over bereik en doorlooptijden`},
						},
					},
				},
			},
			{
				Title: "Organisatie en rollen",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De burgemeesters zijn bestuurlijk verantwoordelijk voor de openbare orde en de bestuurlijke aanpak van mensenhandel, de wethouders zorg voor hulp en opvang. Het bestuurlijk overleg openbare orde en veiligheid Zuid-Kennemerland stuurt op de uitvoering van dit plan. De ketenregisseurs van de gemeente Haarlem ondersteunen de vier gemeenten, bereiden het overleg voor en rapporteren over de voortgang.`},
				},
				Children: []demoSection{
					{
						Title: "Aandachtsfunctionaris mensenhandel",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Iedere gemeente wijst een aandachtsfunctionaris mensenhandel aan, met een vaste vervanger. De aandachtsfunctionaris is het aanspreekpunt binnen de gemeente en voor partners, weegt signalen, zorgt voor doorverwijzing en adviseert over vergunningen en handhaving. Voor Haarlem gaan wij uit van **16 uur per week**, voor Heemstede, Bloemendaal en Zandvoort van elk 4 uur per week. De aandachtsfunctionarissen van de kleinere gemeenten kunnen voor advies altijd terecht bij hun Haarlemse collega.`},
							{Style: "paragraph", Text: `Alle aandachtsfunctionarissen volgen de e-learning van het CCV en nemen deel aan het netwerk van aandachtsfunctionarissen in Kennemerland.`},
						},
					},
					{
						Title: "Meldroute",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `Er komt één interne meldroute voor de vier gemeenten, met een lokaal invulblad per gemeente. De meldroute is gebaseerd op de Haarlemse werkwijze die sinds 2022 in gebruik is. De kern is dat iedere medewerker een signaal bespreekt met de aandachtsfunctionaris, die het vastlegt en beslist over doorverwijzing naar de zorgcoördinatie, de politie, Veilig Thuis of het Zorg- en Veiligheidshuis. De meldroute is opgenomen in de bijlage.`},
						},
					},
					{
						Title: "Zorgcoördinatie",
						Blocks: []demoBlock{
							{Style: "paragraph", Text: `De zorgcoördinatie mensenhandel is belegd bij HVO-Querido. De zorgcoördinator voor Kennemerland regelt voor mogelijke slachtoffers opvang, zorg, juridische hulp en inkomen, en houdt contact met politie en IND. Gemeenten en partners melden mogelijke slachtoffers altijd aan bij de zorgcoördinatie. Haarlem verstrekt de opdracht als centrumgemeente en bespreekt de jaarrapportage in het regionaal overleg.`},
						},
					},
				},
			},
			{
				Title: "Samenwerking en ketenafspraken",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De aanpak in Zuid-Kennemerland rust op de volgende afspraken met partners:`},
					{Style: "bullets", Text: `Convenant RIEC Noord-Holland (WGS), waaraan alle vier gemeenten deelnemen
Convenant Zorg- en Veiligheidshuis Kennemerland 2024-2027, met een addendum over mensenhandel
Opdracht zorgcoördinatie mensenhandel aan HVO-Querido
Convenant ketensamenwerking mensenhandel Zuid-Kennemerland (ter ondertekening)
Interne meldroute mensenhandel Zuid-Kennemerland (in afstemming)`},
					{Style: "paragraph", Text: `Signalen waarbij meerdere partners betrokken zijn, worden besproken in het casusoverleg mensenhandel van het Zorg- en Veiligheidshuis Kennemerland. Signalen die wijzen op georganiseerde criminaliteit of misbruik van vergunningen worden ingebracht bij het RIEC, zodat bestuurlijke interventies, zoals een Bibob-toets of een sluiting, in samenhang met het strafrecht kunnen worden ingezet. Het Bibob-loket van Haarlem voert op verzoek ook onderzoeken uit voor Heemstede, Bloemendaal en Zandvoort.`},
					{Style: "paragraph", Text: `De ketenregisseurs houden een overzicht bij van alle ketenafspraken met hun looptijd en evaluatiedatum en bespreken dat jaarlijks in het regionaal overleg.`},
					{Style: "paragraph", Text: `De ervaringen uit de Noord-Hollandse pilot *informatieplein mensenhandel* nemen wij mee: een vaste tafel waaraan zorg- en veiligheidspartners signalen samen wegen, verkort de doorlooptijd en voorkomt dat signalen blijven liggen. Deze werkwijze loopt inmiddels via het RIEC en het Zorg- en Veiligheidshuis.`},
				},
			},
			{
				Title: "Uitvoering, monitoring en evaluatie",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De uitvoeringsagenda bevat tien acties, verdeeld over de vijf thema's. De ketenregisseurs volgen de voortgang en rapporteren halfjaarlijks aan het bestuurlijk overleg. Jaarlijks stellen zij een voortgangsrapportage op met in ieder geval:`},
					{Style: "bullets", Text: `de stand van zaken van de acties uit de uitvoeringsagenda
het aantal signalen per vorm van uitbuiting en per gemeente, geaggregeerd
het aantal getrainde medewerkers per gemeente
het aantal aanmeldingen bij de zorgcoördinatie en de gemiddelde wachttijd voor opvang`},
					{Style: "paragraph", Text: `In 2028 voeren wij opnieuw een meting uit aan de hand van het Kader Aanpak Mensenhandel. De eindevaluatie in 2029 vormt de basis voor een nieuw plan. **In de monitoring worden geen gegevens over individuele slachtoffers of verdachten opgenomen.**`},
					{Style: "paragraph", Text: `Dit plan is nog een concept. In het najaar van 2026 wordt het besproken met de ketenpartners en in het ambtelijk overleg openbare orde en veiligheid. Na verwerking van de reacties volgt in het voorjaar van 2027 een versie ter besluitvorming. Acties waarvoor geen bestuurlijk besluit nodig is, zoals de gastlessen en het uitwerken van de meldroute, starten al eerder.`},
				},
			},
			{
				Title: "Financiën",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `De uitvoering van dit plan vraagt om structurele inzet. Het grootste deel bestaat uit uren van aandachtsfunctionarissen, beleidsadviseurs en toezichthouders binnen de bestaande formatie. Voor de kleinere gemeenten betekent de voorgestelde uitbreiding van de uren voor de aandachtsfunctionaris een beperkte extra inzet, die binnen de eigen begroting moet worden gevonden. De regionale kosten ramen wij op € 115.000 per jaar:`},
					{Style: "bullets", Text: `Ketenregie (0,8 fte): € 78.000
Training en netwerk aandachtsfunctionarissen: € 15.000
Bewustwording, gastlessen en voorlichting: € 14.000
Monitoring, tolken en onvoorzien: € 8.000`},
					{Style: "paragraph", Text: `Haarlem draagt als centrumgemeente € 60.000 bij uit de middelen voor maatschappelijke opvang. Het resterende deel wordt door de vier gemeenten gezamenlijk gedragen, naar rato van het aantal inwoners. De kosten van opvang en zorg voor slachtoffers vallen binnen de bestaande budgetten van de centrumgemeente. *Deze paragraaf wordt in de volgende versie afgestemd met de financieel adviseurs van de vier gemeenten.*`},
				},
			},
			{
				Title: "Bijlage: Meldroute",
				Blocks: []demoBlock{
					{Style: "paragraph", Text: `Deze meldroute geldt voor alle medewerkers van de gemeenten Haarlem, Heemstede, Bloemendaal en Zandvoort, inclusief de sociale wijkteams en ingehuurde toezichthouders.`},
					{Style: "bullets", Text: `Herken: je ziet of hoort iets dat kan wijzen op uitbuiting. Leg feitelijk vast wat je hebt waargenomen.
Bij acuut gevaar: bel 112.
Bespreek: neem binnen één werkdag contact op met de aandachtsfunctionaris van je gemeente. Is die niet bereikbaar, neem dan contact op met de aandachtsfunctionaris van Haarlem.
Weeg: de aandachtsfunctionaris beoordeelt het signaal, zo nodig na overleg met de politie of de zorgcoördinatie.
Verwijs door: naar de zorgcoördinatie (hulp aan een mogelijk slachtoffer), de politie (strafbaar feit), Veilig Thuis (minderjarige of huiselijke kring), de Arbeidsinspectie (misstanden bij arbeid) of het Zorg- en Veiligheidshuis (complexe situatie).
Leg vast en koppel terug: de aandachtsfunctionaris registreert het signaal in het beveiligde zaaksysteem en laat de melder weten dat het is opgepakt.`},
					{Style: "paragraph", Text: `Medewerkers gaan nooit zelf op onderzoek uit en spreken een mogelijke dader niet aan. Deel persoonsgegevens alleen met de aandachtsfunctionaris en via beveiligde kanalen.`},
					{Style: "heading", Text: "Telefoonnummers"},
					{Style: "bullets", Text: `Spoed: 112
Politie: 0900-8844
Meld Misdaad Anoniem: 0800-7000
Veilig Thuis: 0800-2000`},
				},
			},
		},
		Actions: []demoAction{
			{Title: "Vaststelling beleidsplan in de vier colleges", Theme: "beleid", Owner: "Gemeente Haarlem (ketenregisseur)", Partners: "Gemeenten Heemstede, Bloemendaal en Zandvoort", Planning: "Q2 2027", Status: "gepland", Indicator: "Plan vastgesteld door 4 van de 4 colleges"},
			{Title: "Harmonisatie prostitutiebeleid en APV-bepalingen seksbedrijven", Theme: "beleid", Owner: "Gemeente Haarlem (beleidsadviseur OOV)", Partners: "GGD Kennemerland, politie district Kennemerland, belangenbehartigers van sekswerkers", Planning: "2027", Status: "gepland", Indicator: "Gelijkluidende APV-bepalingen vastgesteld in alle vier gemeenten"},
			{Title: "Interne meldroute vaststellen in alle vier gemeenten", Theme: "signalering", Owner: "Gemeente Haarlem (aandachtsfunctionaris)", Partners: "Aandachtsfunctionarissen Heemstede, Bloemendaal en Zandvoort", Planning: "Q1 2027", Status: "loopt", Indicator: "Meldroute vastgesteld in 4 van de 4 gemeenten"},
			{Title: "Signaleringstraining frontlijnmedewerkers en toezichthouders", Theme: "signalering", Owner: "Gemeente Haarlem (aandachtsfunctionaris)", Partners: "CCV, politie AVIM, GGD Kennemerland", Planning: "2027-2028", Status: "gepland", Indicator: "80% van de doelgroep getraind eind 2028"},
			{Title: "Signalering bij evenementen en seizoenswerk aan de kust", Theme: "signalering", Owner: "Gemeente Zandvoort (aandachtsfunctionaris)", Partners: "Gemeente Bloemendaal, Nederlandse Arbeidsinspectie, strandexploitanten", Planning: "Q2 2027", Status: "gepland", Indicator: "Checklist opgenomen in de evenementenvergunning; 2 gezamenlijke controles per seizoen"},
			{Title: "Gastlessen criminele uitbuiting in mbo en voortgezet onderwijs", Theme: "bewustwording", Owner: "Gemeente Haarlem (ketenregisseur)", Partners: "Nova College, scholen voortgezet onderwijs, politie, jongerenwerk", Planning: "2026-2027", Status: "loopt", Indicator: "Gastles op 10 scholen per schooljaar; evaluatie onder leerlingen"},
			{Title: "Voorlichting huisartsen en spoedeisende hulp", Theme: "bewustwording", Owner: "Gemeente Heemstede (aandachtsfunctionaris)", Partners: "Spaarne Gasthuis, GGD Kennemerland, huisartsen in de regio", Planning: "Q4 2027", Status: "gepland", Indicator: "Twee bijeenkomsten; signaleringskaart verspreid onder alle huisartspraktijken"},
			{Title: "Ondertekening convenant ketensamenwerking mensenhandel", Theme: "samenwerking", Owner: "Gemeente Haarlem (ketenregisseur)", Partners: "Politie district Kennemerland, Zorg- en Veiligheidshuis Kennemerland, Veilig Thuis Kennemerland, HVO-Querido", Planning: "Q1 2027", Status: "loopt", Indicator: "Convenant ondertekend door alle acht partijen"},
			{Title: "Werkafspraken Veilig Thuis en Zorg- en Veiligheidshuis", Theme: "samenwerking", Owner: "Veilig Thuis Kennemerland", Partners: "Zorg- en Veiligheidshuis Kennemerland, aandachtsfunctionarissen", Planning: "Q3 2027", Status: "gepland", Indicator: "Werkafspraken vastgesteld en binnen een jaar geëvalueerd"},
			{Title: "Opvangplekken voor mannelijke slachtoffers en slachtoffers van arbeidsuitbuiting", Theme: "opvang", Owner: "Gemeente Haarlem (wethouder zorg, centrumgemeente)", Partners: "HVO-Querido, Leger des Heils, Blijf Groep", Planning: "2027-2028", Status: "gepland", Indicator: "Ten minste 2 plekken beschikbaar; plaatsing binnen 48 uur"},
		},
		Versions: []demoVersion{
			{Version: "0.1", Date: "2026-06-12", Author: "Renée Hoekstra", Change: "Eerste opzet en hoofdstukindeling"},
			{Version: "0.2", Date: "2026-10-30", Author: "Martijn Verbeek", Change: "Criminele uitbuiting, samenwerking met het onderwijs en uitvoeringsagenda aangevuld"},
		},
	},
}
