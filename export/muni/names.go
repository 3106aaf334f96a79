package muni

// The names people write for a municipality besides the one CBS uses. The
// CBS names and codes themselves come from the store's municipality records
// (data/reference/gemeenten-nl.csv), so only what differs lives here.

// municipalityAliases are common names of a municipality, by CBS code. The
// spelling variants need no entry: case, diacritics, apostrophes, hyphens,
// dots and spacing are ignored ("s-Gravenhage", "Gemert Bakel"), "a/d" and
// "ad" stand for "aan den" and "aan de", "St." for "Sint", and "Bergen NH",
// "Bergen (Noord-Holland)" and the like are read as the province after a
// name (see provinceNames).
var municipalityAliases = []struct{ name, code string }{
	{"Den Haag", "GM0518"}, {"The Hague", "GM0518"}, {"Gravenhage", "GM0518"},
	{"Den Bosch", "GM0796"}, {"Hertogenbosch", "GM0796"},
	// "Nuenen c.a." is how the municipality calls itself in short.
	{"Nuenen", "GM0820"}, {"Nuenen c.a.", "GM0820"},
	// Dutch names used before the Frisian ones became official.
	{"Tietjerksteradeel", "GM0737"}, {"Dantumadeel", "GM1891"},
}

// municipalityProvinces tell the province of municipalities whose name
// another place in another province shares, so "Hengelo (Gld.)" is not
// read as Hengelo in Overijssel. A province after any other name is
// accepted without a check: the name alone already says which one it is.
// Bergen (NH.) and Bergen (L.) need no entry: CBS writes their province.
var municipalityProvinces = []struct{ code, province string }{
	{"GM0164", "OV"}, // Hengelo; Hengelo (Gld.) is a village in Bronckhorst
	{"GM0603", "ZH"}, // Rijswijk; Rijswijk (NB.) is a village in Altena
	{"GM0888", "L"},  // Beek; there are villages Beek in Gelderland and Brabant
	{"GM0971", "L"},  // Stein
	{"GM0417", "NH"}, // Laren; Laren (Gld.) is a village in Lochem
}

// provinceNames are the ways a province is written after a municipality's
// name, folded into tokens: "(NH.)", "N-H", "Noord-Holland". "" is a word
// that names no province but only says the name is the municipality's.
var provinceNames = map[string]string{
	"nh": "NH", "n h": "NH", "noord holland": "NH", "noordholland": "NH",
	"zh": "ZH", "z h": "ZH", "zuid holland": "ZH", "zuidholland": "ZH",
	"l": "L", "lb": "L", "li": "L", "lim": "L", "limburg": "L",
	"o": "OV", "ov": "OV", "overijssel": "OV",
	"g": "GLD", "gl": "GLD", "gld": "GLD", "gelderland": "GLD",
	"u": "U", "ut": "U", "utr": "U", "utrecht": "U",
	"nb": "NB", "n b": "NB", "noord brabant": "NB", "noordbrabant": "NB", "brabant": "NB",
	"z": "Z", "zl": "Z", "zld": "Z", "zeeland": "Z",
	"f": "FR", "fr": "FR", "frl": "FR", "friesland": "FR", "fryslan": "FR",
	"gn": "GR", "gr": "GR", "gron": "GR", "groningen": "GR",
	"d": "DR", "dr": "DR", "drenthe": "DR",
	"fl": "FL", "flevoland": "FL",
	"gemeente": "", "gem": "", "stad": "",
}

// formerMunicipalities are municipalities merged into another, with the
// year of the merger and the successor's CBS code. A contact list written
// before the merger still names them; they are read as the successor with a
// note. All mergers from 2015 on are listed, and the earlier ones of
// Noord-Holland, except those whose name would mislead:
//   - Maasdonk (2015, split between Oss and 's-Hertogenbosch), Littenseradiel
//     (2018, split between Leeuwarden, Súdwest-Fryslân and Waadhoeke) and
//     Winsum (2019, Het Hogeland but Ezinge to Westerkwartier) have no one
//     successor;
//   - Ouderkerk (2015, Krimpenerwaard) is, in Noord-Holland, Ouderkerk aan
//     de Amstel in Ouder-Amstel.
//
// The former municipalities' own CBS codes are left out (only the four the
// reference data keeps as retired records are read as codes): a code read
// wrongly is worse than one not read.
var formerMunicipalities = []struct {
	name      string
	year      int
	successor string
}{
	// Noord-Holland before 2015.
	{"Andijk", 2011, "GM0420"}, {"Wervershoof", 2011, "GM0420"},
	{"Anna Paulowna", 2012, "GM1911"}, {"Niedorp", 2012, "GM1911"},
	{"Wieringen", 2012, "GM1911"}, {"Wieringermeer", 2012, "GM1911"},
	{"Harenkarspel", 2013, "GM0441"}, {"Zijpe", 2013, "GM0441"},

	{"Graft-De Rijp", 2015, "GM0361"}, {"Schermer", 2015, "GM0361"},
	{"Bernisse", 2015, "GM1930"}, {"Spijkenisse", 2015, "GM1930"},
	{"Bergambacht", 2015, "GM1931"}, {"Nederlek", 2015, "GM1931"},
	{"Schoonhoven", 2015, "GM1931"}, {"Vlist", 2015, "GM1931"},
	// Groesbeek took in the other two in 2015 and was renamed in 2016.
	{"Groesbeek", 2015, "GM1945"}, {"Millingen aan de Rijn", 2015, "GM1945"}, {"Ubbergen", 2015, "GM1945"},

	{"Bussum", 2016, "GM1942"}, {"Muiden", 2016, "GM1942"}, {"Naarden", 2016, "GM1942"},
	{"Zeevang", 2016, "GM0385"},

	{"Schijndel", 2017, "GM1948"}, {"Sint-Oedenrode", 2017, "GM1948"}, {"Veghel", 2017, "GM1948"},

	{"Leeuwarderadeel", 2018, "GM0080"},
	{"Franekeradeel", 2018, "GM1949"}, {"het Bildt", 2018, "GM1949"},
	{"Menameradiel", 2018, "GM1949"}, {"Menaldumadeel", 2018, "GM1949"},
	{"Bellingwedde", 2018, "GM1950"}, {"Vlagtwedde", 2018, "GM1950"},
	{"Hoogezand-Sappemeer", 2018, "GM1952"}, {"Menterwolde", 2018, "GM1952"}, {"Slochteren", 2018, "GM1952"},
	{"Rijnwaarden", 2018, "GM0299"},

	{"Nuth", 2019, "GM1954"}, {"Onderbanken", 2019, "GM1954"}, {"Schinnen", 2019, "GM1954"},
	{"Aalburg", 2019, "GM1959"}, {"Werkendam", 2019, "GM1959"}, {"Woudrichem", 2019, "GM1959"},
	{"Haarlemmerliede en Spaarnwoude", 2019, "GM0394"},
	{"Binnenmaas", 2019, "GM1963"}, {"Cromstrijen", 2019, "GM1963"}, {"Korendijk", 2019, "GM1963"},
	{"Oud-Beijerland", 2019, "GM1963"}, {"Strijen", 2019, "GM1963"},
	{"Giessenlanden", 2019, "GM1978"}, {"Molenwaard", 2019, "GM1978"},
	{"Dongeradeel", 2019, "GM1970"}, {"Ferwerderadiel", 2019, "GM1970"},
	{"Kollumerland en Nieuwkruisland", 2019, "GM1970"}, {"Kollumerland c.a.", 2019, "GM1970"},
	{"Bedum", 2019, "GM1966"}, {"De Marne", 2019, "GM1966"}, {"Eemsmond", 2019, "GM1966"},
	{"Grootegast", 2019, "GM1969"}, {"Leek", 2019, "GM1969"}, {"Marum", 2019, "GM1969"}, {"Zuidhorn", 2019, "GM1969"},
	{"Haren", 2019, "GM0014"}, {"Ten Boer", 2019, "GM0014"},
	{"Leerdam", 2019, "GM1961"}, {"Vianen", 2019, "GM1961"}, {"Zederik", 2019, "GM1961"},
	{"Geldermalsen", 2019, "GM1960"}, {"Lingewaal", 2019, "GM1960"}, {"Neerijnen", 2019, "GM1960"},
	{"Noordwijkerhout", 2019, "GM0575"},

	{"Appingedam", 2021, "GM1979"}, {"Delfzijl", 2021, "GM1979"}, {"Loppersum", 2021, "GM1979"},

	{"Heerhugowaard", 2022, "GM1980"}, {"Langedijk", 2022, "GM1980"},
	{"Beemster", 2022, "GM0439"}, {"Weesp", 2022, "GM0363"},
	{"Boxmeer", 2022, "GM1982"}, {"Cuijk", 2022, "GM1982"}, {"Grave", 2022, "GM1982"},
	{"Mill en Sint Hubert", 2022, "GM1982"}, {"Sint Anthonis", 2022, "GM1982"},
	{"Landerd", 2022, "GM1991"}, {"Uden", 2022, "GM1991"},

	{"Brielle", 2023, "GM1992"}, {"Hellevoetsluis", 2023, "GM1992"}, {"Westvoorne", 2023, "GM1992"},
}
