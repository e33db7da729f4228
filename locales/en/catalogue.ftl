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

## Needs board
needs-from = Needs from { $country }
needs-description = Technology needs posted by firms and public bodies in the ten ASEAN countries.
needs-feed = Follow new needs (Atom feed)
needs-feed-country = or the feed of one country:
needs-intro = Problems that firms and public bodies in ASEAN want solved. Institutions with a fitting technology can offer it through the alliance.
filter-country = Country
filter-any-country = All ten countries
filter-domain = Domain
filter-any-domain = Any domain
filter-organisation = Organisation
filter-any-kind = Any kind
filter-language = Language
filter-any-language = Any language
filter-show = Show
needs-count = { $count ->
    [one] { $n } need
   *[other] { $n } needs
}
needs-none = No need matches these filters.
needs-see-all = See all needs.
institutions-members = Alliance members
institutions-not-members = Not members

## Institutions
institutions-description = Universities, institutes, enterprises and transfer centres offering technologies to ASEAN, and the partner bodies of the alliance.
institutions-kind = Kind
institutions-place-filter = Province or country
institutions-anywhere = Anywhere
institutions-membership = Alliance membership
institutions-members-or-not = Members or not
institutions-count = { $count ->
    [one] { $n } institution
   *[other] { $n } institutions
}
institutions-none = No institution matches these filters.
institutions-see-all = See all institutions.
institutions-institution = Institution
institutions-place = Place
institutions-alliance = Alliance
institutions-alliance-full = China–ASEAN Technology Transfer Alliance
institutions-member = Member
institutions-member-since = Member since { $date }
institutions-not-member = Not a member
institutions-website = Website
institutions-offers = Technologies offered ({ $n })
institutions-offers-none = This institution has no technology in the catalogue yet.

## Countries
countries-title = ASEAN countries
countries-description = The ten ASEAN countries: their needs, the technologies already deployed there and the institutions based there.
countries-heading = The ten ASEAN countries
countries-technologies = Technologies deployed there
countries-institutions = Institutions there
country-technologies-here = Technologies deployed here
country-institutions-here = Institutions here
country-no-needs = No need has been posted from { $country } yet.
country-all-needs = { $count ->
    [one] The { $n } need from { $country }
   *[other] All { $n } needs from { $country }
}
country-deployed = Technologies already deployed in { $country }
country-no-deployed = No technology in the catalogue reports a deployment here yet.
country-all-deployed = { $count ->
    [one] The { $n } technology deployed in { $country }
   *[other] All { $n } technologies deployed in { $country }
}
country-institutions = Institutions based in { $country }
country-no-institutions = No institution of the catalogue is based here.
