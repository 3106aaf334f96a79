package planedit

import (
	"context"
	"sync"

	"ketenregie/data"
)

// templateChapter is a chapter of the standard structure of a new plan,
// with the guidance its first paragraph gives: an instruction the
// coordinator replaces with the plan's own text.
//
// The chapters follow the common structure of a Dutch municipal plan on
// mensenhandel (DOMAIN.md): front matter, nine numbered chapters with the
// five themes of the VNG Kader Aanpak Mensenhandel under Ambitie en doelen,
// and the annexes written as text. The uitvoeringsagenda, the versiebeheer,
// the contact list and the overview of agreements are made from records
// when the plan is printed, so they are no chapters here. The text is
// plan content, written in Dutch whatever language the program speaks.
type templateChapter struct {
	title    string
	guidance string
	children []templateChapter
}

func planTemplate() []templateChapter {
	themeGuidance := map[string]string{
		data.ThemeBeleid:        "Beschrijf hier hoe de aanpak beleidsmatig is geborgd: vaststelling door het college, de plek in het integraal veiligheidsplan, de APV en het vergunningenbeleid, en de inzet van de Wet Bibob. Geef aan welk niveau van het Kader (basis of verdieping) u aan het eind van de planperiode wilt bereiken.",
		data.ThemeSignalering:   "Beschrijf hier hoe medewerkers en partners signalen van mensenhandel herkennen en melden: training van frontlijnmedewerkers (balie, toezicht en handhaving, sociaal team), de interne meldroute en de registratie en opvolging van signalen. Geef aan welk niveau van het Kader u wilt bereiken.",
		data.ThemeBewustwording: "Beschrijf hier hoe de gemeente inwoners, ondernemers en professionals bewust maakt van mensenhandel: campagnes, voorlichting, gastlessen en aandacht voor groepen die extra risico lopen. Geef aan welk niveau van het Kader u wilt bereiken.",
		data.ThemeSamenwerking:  "Beschrijf hier de samenwerking met ketenpartners zoals politie, RIEC, Zorg- en Veiligheidshuis, Nederlandse Arbeidsinspectie, Veilig Thuis en zorgcoördinatie, en de afstemming in de regio. Geef aan welk niveau van het Kader u wilt bereiken.",
		data.ThemeOpvang:        "Beschrijf hier hoe opvang, zorg en begeleiding van slachtoffers geregeld zijn: de zorgcoördinatie, (crisis)opvang, hulpverlening en nazorg, ook voor mannen en voor slachtoffers van arbeidsuitbuiting. Geef aan welk niveau van het Kader u wilt bereiken.",
	}
	var themes []templateChapter
	for _, t := range data.Themes {
		themes = append(themes, templateChapter{title: t.Label, guidance: themeGuidance[t.Code]})
	}
	return []templateChapter{
		{title: "Voorwoord", guidance: "Schrijf hier een kort voorwoord namens de portefeuillehouder(s) openbare orde en veiligheid: waarom de aanpak van mensenhandel belangrijk is voor de gemeente of de regio, en wat dit plan van de eigen organisatie en de partners vraagt."},
		{title: "Samenvatting", guidance: "Vat hier op één pagina samen waar dit plan over gaat: de aanleiding, de belangrijkste doelen, de speerpunten voor de komende jaren en hoe de uitvoering is georganiseerd. Schrijf de samenvatting als laatste."},
		{title: "Inleiding", guidance: "Beschrijf hier in een paar zinnen waarom dit plan er is en wat de lezer in de volgende paragrafen vindt.", children: []templateChapter{
			{title: "Aanleiding", guidance: "Beschrijf hier de aanleiding voor dit plan: de afspraak uit het Interbestuurlijk Programma (IBP 5.11) dat iedere gemeente een duidelijke en geborgde aanpak van mensenhandel heeft, eerdere beleidsnotities en wat er sindsdien is veranderd."},
			{title: "Doel van dit plan", guidance: "Beschrijf hier wat dit plan wil bereiken en voor wie het is bedoeld: het college, de gemeenteraad, de eigen organisatie en de ketenpartners."},
			{title: "Totstandkoming en leeswijzer", guidance: "Beschrijf hier hoe het plan tot stand is gekomen (met welke partners en op basis van welke meting) en geef een korte leeswijzer."},
		}},
		{title: "Wat is mensenhandel", guidance: "Leg hier uit wat mensenhandel is volgens artikel 273f van het Wetboek van Strafrecht, welke vormen van uitbuiting er zijn (seksuele uitbuiting, arbeidsuitbuiting, criminele uitbuiting en gedwongen orgaanverwijdering) en welke signalen medewerkers kunnen tegenkomen."},
		{title: "Wettelijk en beleidskader", guidance: "Beschrijf hier de kaders waarbinnen de gemeente werkt: het Interbestuurlijk Programma, het programma Samen tegen mensenhandel, het Basisniveau bestuurlijke aanpak mensenhandel, het Kader Aanpak Mensenhandel van de VNG, de Wet Bibob en de APV, de WGS en de regionale afspraken."},
		{title: "Huidige situatie (0-meting)", guidance: "Beschrijf hier de uitgangssituatie: de kenmerken van de gemeente of de regio, de uitkomsten van de (0-)meting per thema van het Kader en het aantal signalen. Gebruik alleen geaggregeerde cijfers (bijvoorbeeld \"34 signalen in 2024\"); neem niets op dat tot personen of zaken herleidbaar is."},
		{title: "Ambitie en doelen", guidance: "Beschrijf hier de ambitie voor de planperiode: welk niveau van het Kader Aanpak Mensenhandel (basis of verdieping) wilt u per thema bereiken? Werk de doelen per thema uit in de paragrafen hieronder; de doelen en beoogde resultaten van het plan vult u in op het tabblad Doelen en resultaten.", children: themes},
		{title: "Organisatie en rollen", guidance: "Beschrijf hier hoe de aanpak binnen de gemeente is georganiseerd en wie waarvoor verantwoordelijk is.", children: []templateChapter{
			{title: "Aandachtsfunctionaris mensenhandel", guidance: "Beschrijf hier de rol, de taken en de positie van de aandachtsfunctionaris mensenhandel, en hoeveel tijd daarvoor beschikbaar is."},
			{title: "Interne meldroute", guidance: "Beschrijf hier hoe een medewerker een signaal van mensenhandel meldt, wie het weegt en hoe het wordt vastgelegd en opgevolgd. De uitgewerkte meldroute staat in de bijlage."},
			{title: "Zorgcoördinatie", guidance: "Beschrijf hier hoe de zorgcoördinatie voor slachtoffers is belegd en hoe de gemeente daarop aansluit."},
		}},
		{title: "Samenwerking en ketenafspraken", guidance: "Beschrijf hier met welke partners de gemeente samenwerkt en welke ketenafspraken en convenanten er zijn, met hun grondslag voor het delen van gegevens. Het overzicht van de ketenafspraken wordt als bijlage bij het plan gevoegd."},
		{title: "Uitvoering, monitoring en evaluatie", guidance: "Beschrijf hier hoe de uitvoering is georganiseerd, hoe de voortgang wordt gevolgd (met welke indicatoren en hoe vaak) en wanneer het plan wordt geëvalueerd. De acties zelf staan in de uitvoeringsagenda."},
		{title: "Financiën", guidance: "Beschrijf hier welke middelen voor de aanpak beschikbaar zijn, uit welke budgetten, en wat de acties uit de uitvoeringsagenda kosten."},
		{title: "Bijlage: Meldroute", guidance: "Neem hier de interne meldroute stap voor stap op, of verwijs naar het vastgestelde document."},
		{title: "Bijlage: Begrippenlijst", guidance: "Licht hier de begrippen en afkortingen toe die in dit plan worden gebruikt, zoals AVIM, RIEC, WGS en ZVH."},
	}
}

// guidance is the set of guidance texts of the template.
var guidance = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	var add func([]templateChapter)
	add = func(chs []templateChapter) {
		for _, ch := range chs {
			set[ch.guidance] = true
			add(ch.children)
		}
	}
	add(planTemplate())
	return set
})

// isGuidance reports whether text is a chapter's guidance, not yet
// replaced by the coordinator: the editor shows it as a hint, and
// clicking it selects it all, so typing replaces it.
func isGuidance(text string) bool { return guidance()[text] }

// createFromTemplate writes a new plan with the standard chapters, each with
// its guidance as the first paragraph, in transaction t.
func createFromTemplate(t *data.Tx, plan map[string]string) (string, error) {
	id, err := t.Create(data.KindPlan, plan)
	if err != nil {
		return "", err
	}
	var add func(parent string, chapters []templateChapter) error
	add = func(parent string, chapters []templateChapter) error {
		keys := data.Spread(len(chapters))
		for i, ch := range chapters {
			sec, err := t.Create(data.KindSection, map[string]string{data.Section.PlanID: id, data.Section.ParentID: parent, data.Section.Position: keys[i], data.Section.Title: ch.title})
			if err != nil {
				return err
			}
			if _, err := t.Create(data.KindBlock, map[string]string{data.Block.SectionID: sec, data.Block.Style: data.BlockStyleParagraph, data.Block.Text: ch.guidance}); err != nil {
				return err
			}
			if err := add(sec, ch.children); err != nil {
				return err
			}
		}
		return nil
	}
	return id, add("", planTemplate())
}

// copyPlan writes a copy of plan id with its chapters, their text and its
// actions, with values (the scope, the title) changed, in one transaction.
// The version log is not copied: the copy starts as a concept, version 0.1.
func copyPlan(ctx context.Context, s *data.Store, id string, values map[string]string) (string, error) {
	src, err := s.Get(ctx, data.KindPlan, id)
	if err != nil {
		return "", err
	}
	sections, err := s.ListWhere(ctx, data.KindSection, data.Section.PlanID, id)
	if err != nil {
		return "", err
	}
	blocks := map[string][]data.Record{}
	for _, sec := range sections {
		if blocks[sec.ID], err = s.ListWhere(ctx, data.KindBlock, data.Block.SectionID, sec.ID); err != nil {
			return "", err
		}
	}
	actions, err := s.ListWhere(ctx, data.KindAction, data.Action.PlanID, id)
	if err != nil {
		return "", err
	}
	vals := map[string]string{}
	for _, f := range []string{data.Plan.Title, data.Plan.MunicipalityID, data.Plan.ClusterID, data.Plan.PeriodStart,
		data.Plan.PeriodEnd, data.Plan.Author, data.Plan.Goals, data.Plan.Results} {
		vals[f] = src.Get(f)
	}
	for k, v := range values {
		vals[k] = v
	}
	vals[data.Plan.Status], vals[data.Plan.Version] = data.PlanStatusConcept, "0.1"

	var newID string
	err = s.Write(ctx, func(t *data.Tx) error {
		var err error
		if newID, err = t.Create(data.KindPlan, vals); err != nil {
			return err
		}
		// A sub-chapter is copied after its parent.
		copied := map[string]string{}
		for progress := true; progress && len(copied) < len(sections); {
			progress = false
			for _, sec := range sections {
				parent := sec.Get(data.Section.ParentID)
				newParent, ok := copied[parent]
				if _, done := copied[sec.ID]; done || parent != "" && !ok {
					continue
				}
				nid, err := t.Create(data.KindSection, map[string]string{data.Section.PlanID: newID, data.Section.ParentID: newParent,
					data.Section.Position: sec.Get(data.Section.Position), data.Section.Title: sec.Get(data.Section.Title)})
				if err != nil {
					return err
				}
				copied[sec.ID], progress = nid, true
				for _, b := range blocks[sec.ID] {
					if _, err := t.Create(data.KindBlock, map[string]string{data.Block.SectionID: nid, data.Block.Position: b.Get(data.Block.Position),
						data.Block.Style: b.Get(data.Block.Style), data.Block.Text: b.Get(data.Block.Text)}); err != nil {
						return err
					}
				}
			}
		}
		for _, a := range actions {
			v := map[string]string{data.Action.PlanID: newID}
			for _, f := range []string{data.Action.Position, data.Action.Title, data.Action.Theme, data.Action.Owner,
				data.Action.Partners, data.Action.Planning, data.Action.Status, data.Action.Indicator} {
				v[f] = a.Get(f)
			}
			if _, err := t.Create(data.KindAction, v); err != nil {
				return err
			}
		}
		return nil
	})
	return newID, err
}
