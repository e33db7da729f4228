# Home page, catalogue search, cards and pagination.

home-title = Technologies from China for ASEAN
home-heading = Technologies from China for the problems of ASEAN firms
home-intro = The portal presents advanced, applicable technologies selected across China, in one uniform format, to firms and public bodies in the ten ASEAN countries. Post a need, and the China–ASEAN Technology Transfer Alliance connects you with the institution that can solve it.
search-label = Search the technologies in any language of the portal
search-button = Search
home-search-placeholder = Search technologies: cassava wastewater, 木薯, solar drying…
home-figures = The catalogue today
figure-technologies = Technologies
figure-institutions = Institutions
figure-alliance-members = Alliance members
figure-needs = Needs posted
figure-countries-with-needs = ASEAN countries with needs
home-cooperation = Cooperation so far
figure-projects = Projects
figure-enterprises-served = Enterprises served
figure-agreements = Cooperation agreements signed
figure-countries-reached = ASEAN countries reached
how-we-count = How we count
how-we-count-text = Every figure is counted from the introductions recorded on this portal, as they stand now. A project is an introduction the institution accepted. An enterprise served is a firm or public body that asked for at least one introduction (or for which alliance staff brokered one). An agreement is an introduction whose parties recorded a signed cooperation agreement. A country reached is an ASEAN country with at least one accepted introduction.
home-domains = Domains
technologies-count = { $count ->
    [one] { $n } technology
   *[other] { $n } technologies
}
home-latest = Latest technologies
home-empty = The catalogue is empty for now.
home-all-newest = All technologies, newest first
home-needs = Needs from ASEAN
home-needs-board = Browse the needs board
home-needs-countries = The needs of each ASEAN country
written-in = written in { $language }

## Catalogue
catalogue-title = Technologies
catalogue-title-search = “{ $text }” in the technologies
title-page = { $title }, page { $page }
catalogue-description = { $count ->
    [one] Search { $n } advanced, applicable technology from China by keyword, domain, readiness, cooperation mode and more.
   *[other] Search { $n } advanced, applicable technologies from China by keyword, domain, readiness, cooperation mode and more.
}
catalogue-feed-title = New technologies of this search
catalogue-feed = Follow new technologies of this search (Atom feed)
catalogue-search-placeholder = e.g. cassava wastewater, 木薯, "drip irrigation"
sort-by = Sort by
filters = Filters
filters-chosen = { $count ->
    [one] { $n } chosen
   *[other] { $n } chosen
}
filters-chosen-label = Chosen filters
filter-remove = remove
filters-clear = Clear all filters
catalogue-found = { $count ->
    [0] No technology found
    [one] { $n } technology
   *[other] { $n } technologies
}
catalogue-found-for = { $count ->
    [0] No technology found for “{ $text }”
    [one] { $n } technology for “{ $text }”
   *[other] { $n } technologies for “{ $text }”
}
catalogue-showing = (showing { $first }–{ $last })
catalogue-past-end = This page is past the last result.
catalogue-first-page = Go back to the first page.
catalogue-nothing = Nothing in the catalogue matches this search.
catalogue-did-you-mean = Did you mean one of these?
catalogue-tip-spelling = Check the spelling, or use fewer or more general words.
catalogue-tip-languages = Titles and summaries are in English and Chinese; words in the languages of ASEAN are found through the portal's glossary of technical terms.
catalogue-tip-remove-filters = Remove the filters and search the whole catalogue.
catalogue-tip-browse = Browse all technologies
catalogue-tip-post-need = or post your problem on the needs board
pages = Pages
page-previous = Previous
page-next = Next
