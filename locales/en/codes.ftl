# Labels of the format's code lists and of the portal's own states: `<list>-<code>`.

## domain
domain-agriculture = Modern agriculture
domain-food = Food processing and safety
domain-renewable_energy = Renewable energy
domain-energy_efficiency = Energy efficiency and storage
domain-water = Water and sanitation
domain-environment = Environmental protection and circular economy
domain-health = Health and biomedicine
domain-digital = Digital economy and smart cities
domain-manufacturing = Advanced manufacturing
domain-materials = New materials
domain-marine = Marine and fisheries
domain-forestry = Forestry and biodiversity
domain-transport = Transport and logistics
domain-disaster = Disaster prevention and climate resilience

## institution_kind
institution_kind-university = University
institution_kind-research_institute = Research institute
institution_kind-enterprise = Enterprise
institution_kind-tech_transfer_centre = Technology transfer centre
institution_kind-government_agency = Government agency
institution_kind-association = Association

## ip_kind
ip_kind-patent_granted = Granted patent
ip_kind-patent_pending = Patent pending
ip_kind-software_copyright = Software copyright
ip_kind-plant_variety = Plant variety rights
ip_kind-know_how = Know-how
ip_kind-open = Open (no restriction)

## cooperation_mode
cooperation_mode-licence = Licence
cooperation_mode-transfer = Outright transfer of the rights
cooperation_mode-joint_development = Joint development
cooperation_mode-joint_venture = Joint venture
cooperation_mode-technical_service = Technical service
cooperation_mode-equipment_supply = Equipment supply
cooperation_mode-training = Training

## budget_band
budget_band-under_50k = Under US$50,000
budget_band-50k_500k = US$50,000 – 500,000
budget_band-500k_5m = US$500,000 – 5 million
budget_band-over_5m = Over US$5 million

## org_kind
org_kind-sme = Small or medium enterprise
org_kind-large_enterprise = Large enterprise
org_kind-government = Government body
org_kind-university = University
org_kind-research_institute = Research institute
org_kind-ngo = Non-governmental organisation
org_kind-cooperative = Cooperative

## language
language-en = English
language-zh = 中文
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-vi = Tiếng Việt
language-th = ภาษาไทย
language-km = ភាសាខ្មែរ
language-lo = ພາສາລາວ
language-my = မြန်မာဘာသာ
language-fil = Filipino

## entry_status
entry_status-draft = Draft
entry_status-submitted = Submitted for review
entry_status-published = Published
entry_status-changes_requested = Changes requested
entry_status-rejected = Rejected
entry_status-archived = Archived
entry_status-expired = Expired: not confirmed for a year

## entry_kind
entry_kind-technology = Technology
entry_kind-need = Need

## user_role
user_role-firm = Member of an ASEAN firm or body
user_role-institution = Member of an institution
user_role-staff = Alliance staff
user_role-admin = Alliance administrator

## revision_status
revision_status-draft = Draft
revision_status-submitted = Awaiting review
revision_status-changes_requested = Changes requested
revision_status-approved = Approved
revision_status-rejected = Rejected
revision_status-withdrawn = Withdrawn

## dismissal_reason
dismissal_reason-not_relevant = Not relevant
dismissal_reason-trl_too_low = Readiness too low
dismissal_reason-too_costly = Too costly
dismissal_reason-ip_not_available = Intellectual property not available
dismissal_reason-other = Other

## match_verdict
match_verdict-confirmed = Confirmed
match_verdict-dismissed = Dismissed

## introduction_stage
introduction_stage-requested = Requested
introduction_stage-accepted = Accepted
introduction_stage-in_discussion = In discussion
introduction_stage-nda_signed = NDA signed
introduction_stage-pilot = Pilot
introduction_stage-agreement_signed = Agreement signed
introduction_stage-declined = Declined
introduction_stage-closed = Closed

## trl_band
trl_band-1-3 = TRL 1–3: research
trl_band-4-6 = TRL 4–6: development and pilots
trl_band-7-9 = TRL 7–9: demonstrated and in use

## sort
sort-relevance = Relevance
sort-newest = Newest
sort-trl = Readiness (TRL)

## What each technology readiness level means
trl-1 = Basic principles observed: the idea is at the stage of scientific research.
trl-2 = Concept formulated: a practical application has been worked out on paper.
trl-3 = Proof of concept: key functions shown in the laboratory.
trl-4 = Validated in the laboratory: components work together on the bench.
trl-5 = Validated in a relevant environment: a prototype tested in realistic conditions.
trl-6 = Demonstrated in a relevant environment: a full prototype or pilot has run.
trl-7 = Demonstrated in operation: a pre-commercial system has worked in real use.
trl-8 = Complete and qualified: the final system is proven and ready for use.
trl-9 = Proven in operation: in routine commercial or public use.

## The UN Sustainable Development Goals
sdg-1 = No poverty
sdg-2 = Zero hunger
sdg-3 = Good health and well-being
sdg-4 = Quality education
sdg-5 = Gender equality
sdg-6 = Clean water and sanitation
sdg-7 = Affordable and clean energy
sdg-8 = Decent work and economic growth
sdg-9 = Industry, innovation and infrastructure
sdg-10 = Reduced inequalities
sdg-11 = Sustainable cities and communities
sdg-12 = Responsible consumption and production
sdg-13 = Climate action
sdg-14 = Life below water
sdg-15 = Life on land
sdg-16 = Peace, justice and strong institutions
sdg-17 = Partnerships for the goals

## Countries (ASEAN and China; others keep their English name)
country-BN = Brunei
country-KH = Cambodia
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Philippines
country-SG = Singapore
country-TH = Thailand
country-VN = Viet Nam
country-CN = China

## The catalogue's facets, by URL parameter
facet-domain = Domain
facet-trl = Readiness (TRL)
facet-ip = Intellectual property
facet-cooperation = Cooperation mode
facet-budget = Budget
facet-sdg = Sustainable Development Goal
facet-country = Already deployed in
facet-province = Institution's province
