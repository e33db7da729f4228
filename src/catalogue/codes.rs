//! The format's code lists as Rust enums, each mapped to its PostgreSQL enum type: the one
//! place that knows every code and its labels. The importer, the forms and the pages all parse
//! and print codes through these types.

/// Defines a code list: the enum, its PostgreSQL type, every code with an English label,
/// `ALL` in the format's order, `code()`, `label()` and `parse()`.
macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $name:ident, pg = $pg:literal, what = $what:literal,
        { $($variant:ident = $code:literal, $label:literal;)+ }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, sqlx::Type, serde::Serialize, serde::Deserialize)]
        #[sqlx(type_name = $pg)]
        pub enum $name {
            $(
                #[sqlx(rename = $code)]
                #[serde(rename = $code)]
                $variant,
            )+
        }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];
            /// What the list is called in messages.
            pub const WHAT: &'static str = $what;

            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }

            /// Parses a code exactly as the format writes it.
            pub fn parse(text: &str) -> Result<Self, String> {
                match text {
                    $($code => Ok(Self::$variant),)+
                    _ => Err(format!(
                        "{:?} is not a {}; expected one of: {}",
                        text,
                        Self::WHAT,
                        [$($code),+].join(", ")
                    )),
                }
            }
        }

        impl $crate::catalogue::codes::Labelled for $name {
            fn list(&self) -> &'static str {
                $pg
            }
            fn code(&self) -> &'static str {
                $name::code(*self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use code_list;

/// A code whose label is a message of the interface: `<list>-<code>`, e.g. `domain-food`.
pub trait Labelled {
    /// The list's name, which starts the message key.
    fn list(&self) -> &'static str;
    fn code(&self) -> &'static str;
}

impl<T: Labelled> Labelled for &T {
    fn list(&self) -> &'static str {
        (*self).list()
    }
    fn code(&self) -> &'static str {
        (*self).code()
    }
}

code_list! {
    /// The fourteen sustainable domains of the catalogue.
    Domain, pg = "domain", what = "domain", {
        Agriculture = "agriculture", "Modern agriculture";
        Food = "food", "Food processing and safety";
        RenewableEnergy = "renewable_energy", "Renewable energy";
        EnergyEfficiency = "energy_efficiency", "Energy efficiency and storage";
        Water = "water", "Water and sanitation";
        Environment = "environment", "Environmental protection and circular economy";
        Health = "health", "Health and biomedicine";
        Digital = "digital", "Digital economy and smart cities";
        Manufacturing = "manufacturing", "Advanced manufacturing";
        Materials = "materials", "New materials";
        Marine = "marine", "Marine and fisheries";
        Forestry = "forestry", "Forestry and biodiversity";
        Transport = "transport", "Transport and logistics";
        Disaster = "disaster", "Disaster prevention and climate resilience";
    }
}

impl Domain {
    pub fn label_zh(self) -> &'static str {
        match self {
            Self::Agriculture => "现代农业",
            Self::Food => "食品加工与安全",
            Self::RenewableEnergy => "可再生能源",
            Self::EnergyEfficiency => "节能与储能",
            Self::Water => "水资源与水处理",
            Self::Environment => "环境保护与循环经济",
            Self::Health => "医药健康",
            Self::Digital => "数字经济与智慧城市",
            Self::Manufacturing => "先进制造",
            Self::Materials => "新材料",
            Self::Marine => "海洋与渔业",
            Self::Forestry => "林业与生物多样性",
            Self::Transport => "交通与物流",
            Self::Disaster => "防灾减灾与气候适应",
        }
    }
}

code_list! {
    InstitutionKind, pg = "institution_kind", what = "kind of institution", {
        University = "university", "University";
        ResearchInstitute = "research_institute", "Research institute";
        Enterprise = "enterprise", "Enterprise";
        TechTransferCentre = "tech_transfer_centre", "Technology transfer centre";
        GovernmentAgency = "government_agency", "Government agency";
        Association = "association", "Association";
    }
}

code_list! {
    /// How a technology's intellectual property is held.
    IpKind, pg = "ip_kind", what = "kind of intellectual property", {
        PatentGranted = "patent_granted", "Granted patent";
        PatentPending = "patent_pending", "Patent pending";
        SoftwareCopyright = "software_copyright", "Software copyright";
        PlantVariety = "plant_variety", "Plant variety rights";
        KnowHow = "know_how", "Know-how";
        Open = "open", "Open (no restriction)";
    }
}

code_list! {
    CooperationMode, pg = "cooperation_mode", what = "cooperation mode", {
        Licence = "licence", "Licence";
        Transfer = "transfer", "Outright transfer of the rights";
        JointDevelopment = "joint_development", "Joint development";
        JointVenture = "joint_venture", "Joint venture";
        TechnicalService = "technical_service", "Technical service";
        EquipmentSupply = "equipment_supply", "Equipment supply";
        Training = "training", "Training";
    }
}

code_list! {
    /// Typical cost for an adopter, in US dollars.
    BudgetBand, pg = "budget_band", what = "budget band", {
        Under50k = "under_50k", "Under US$50,000";
        From50kTo500k = "50k_500k", "US$50,000 – 500,000";
        From500kTo5m = "500k_5m", "US$500,000 – 5 million";
        Over5m = "over_5m", "Over US$5 million";
    }
}

code_list! {
    /// The kind of organisation that posts a need.
    OrgKind, pg = "org_kind", what = "kind of organisation", {
        Sme = "sme", "Small or medium enterprise";
        LargeEnterprise = "large_enterprise", "Large enterprise";
        Government = "government", "Government body";
        University = "university", "University";
        ResearchInstitute = "research_institute", "Research institute";
        Ngo = "ngo", "Non-governmental organisation";
        Cooperative = "cooperative", "Cooperative";
    }
}

code_list! {
    /// The language a need is written in (BCP 47).
    Language, pg = "language", what = "language", {
        En = "en", "English";
        Zh = "zh", "中文";
        Id = "id", "Bahasa Indonesia";
        Ms = "ms", "Bahasa Melayu";
        Vi = "vi", "Tiếng Việt";
        Th = "th", "ภาษาไทย";
        Km = "km", "ភាសាខ្មែរ";
        Lo = "lo", "ພາສາລາວ";
        My = "my", "မြန်မာဘာသာ";
        Fil = "fil", "Filipino";
    }
}

code_list! {
    /// Where an entry is in its life: only `published` entries are public.
    Status, pg = "entry_status", what = "status", {
        Draft = "draft", "Draft";
        Submitted = "submitted", "Submitted for review";
        Published = "published", "Published";
        ChangesRequested = "changes_requested", "Changes requested";
        Rejected = "rejected", "Rejected";
        Archived = "archived", "Archived";
        Expired = "expired", "Expired: not confirmed for a year";
    }
}

code_list! {
    /// What members write and staff review: a technology offered or a need posted.
    EntryKind, pg = "entry_kind", what = "kind of entry", {
        Technology = "technology", "Technology";
        Need = "need", "Need";
    }
}

/// The ten members of ASEAN, by ISO 3166-1 alpha-2 code.
pub const ASEAN: [&str; 10] = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"];

/// What each technology readiness level means, in plain words (index 0 is TRL 1).
pub const TRL_MEANINGS: [&str; 9] = [
    "Basic principles observed: the idea is at the stage of scientific research.",
    "Concept formulated: a practical application has been worked out on paper.",
    "Proof of concept: key functions shown in the laboratory.",
    "Validated in the laboratory: components work together on the bench.",
    "Validated in a relevant environment: a prototype tested in realistic conditions.",
    "Demonstrated in a relevant environment: a full prototype or pilot has run.",
    "Demonstrated in operation: a pre-commercial system has worked in real use.",
    "Complete and qualified: the final system is proven and ready for use.",
    "Proven in operation: in routine commercial or public use.",
];

/// The UN Sustainable Development Goals, by number.
pub const SDG_TITLES: [&str; 17] = [
    "No poverty",
    "Zero hunger",
    "Good health and well-being",
    "Quality education",
    "Gender equality",
    "Clean water and sanitation",
    "Affordable and clean energy",
    "Decent work and economic growth",
    "Industry, innovation and infrastructure",
    "Reduced inequalities",
    "Sustainable cities and communities",
    "Responsible consumption and production",
    "Climate action",
    "Life below water",
    "Life on land",
    "Peace, justice and strong institutions",
    "Partnerships for the goals",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_itself() {
        for domain in Domain::ALL {
            assert_eq!(Domain::parse(domain.code()), Ok(*domain));
        }
        for band in BudgetBand::ALL {
            assert_eq!(BudgetBand::parse(band.code()), Ok(*band));
        }
        assert_eq!(Domain::ALL.len(), 14);
    }

    #[test]
    fn unknown_code_names_the_list_and_the_choices() {
        let message = CooperationMode::parse("lease").unwrap_err();
        assert!(message.contains("cooperation mode"), "{message}");
        assert!(message.contains("joint_venture"), "{message}");
    }
}
