-- The catalogue: member institutions, the technologies they offer and the needs ASEAN
-- organisations post, with every field of the interchange format (v1) and a lifecycle status.
-- Code lists are enum types or the countries table, so the database refuses a bad code even if
-- the application has a bug.

CREATE TYPE domain AS ENUM (
    'agriculture', 'food', 'renewable_energy', 'energy_efficiency', 'water', 'environment',
    'health', 'digital', 'manufacturing', 'materials', 'marine', 'forestry', 'transport',
    'disaster'
);
CREATE TYPE institution_kind AS ENUM (
    'university', 'research_institute', 'enterprise', 'tech_transfer_centre',
    'government_agency', 'association'
);
CREATE TYPE ip_kind AS ENUM (
    'patent_granted', 'patent_pending', 'software_copyright', 'plant_variety', 'know_how', 'open'
);
CREATE TYPE cooperation_mode AS ENUM (
    'licence', 'transfer', 'joint_development', 'joint_venture', 'technical_service',
    'equipment_supply', 'training'
);
CREATE TYPE budget_band AS ENUM ('under_50k', '50k_500k', '500k_5m', 'over_5m');
CREATE TYPE org_kind AS ENUM (
    'sme', 'large_enterprise', 'government', 'university', 'research_institute', 'ngo',
    'cooperative'
);
CREATE TYPE language AS ENUM ('en', 'zh', 'id', 'ms', 'vi', 'th', 'km', 'lo', 'my', 'fil');
CREATE TYPE entry_status AS ENUM (
    'draft', 'submitted', 'published', 'changes_requested', 'rejected', 'archived'
);

-- ISO 3166-1 alpha-2, with Chinese names for China and the ten ASEAN members.
CREATE TABLE countries (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    name_en text NOT NULL,
    name_zh text,
    asean boolean NOT NULL DEFAULT false
);

-- A keyword list: at most ten keywords of 1 to 60 characters, none holding the list separator.
CREATE FUNCTION valid_keywords(keywords text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN cardinality(keywords) <= 10
    AND array_position(keywords, NULL) IS NULL
    AND NOT EXISTS (
        SELECT FROM unnest(keywords) AS k
        WHERE char_length(k) NOT BETWEEN 1 AND 60 OR strpos(k, ';') > 0 OR k <> btrim(k)
    );

CREATE FUNCTION valid_sdgs(sdgs smallint[]) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN sdgs <@ '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17}'::smallint[]
    AND array_position(sdgs, NULL) IS NULL;

CREATE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

CREATE TABLE institutions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref text NOT NULL UNIQUE CHECK (ref ~ '^[A-Z0-9-]{3,32}$'),
    name_en text NOT NULL CHECK (char_length(name_en) BETWEEN 1 AND 200),
    name_zh text CHECK (char_length(name_zh) BETWEEN 1 AND 200),
    kind institution_kind NOT NULL,
    country text NOT NULL REFERENCES countries (code),
    province text CHECK (char_length(province) BETWEEN 1 AND 200),
    city text CHECK (char_length(city) BETWEEN 1 AND 200),
    website text CHECK (website ~ '^https?://[^\s/?#]+' AND char_length(website) <= 2000),
    alliance_member boolean NOT NULL,
    joined_on date,
    status entry_status NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE TRIGGER institutions_updated_at BEFORE UPDATE ON institutions
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

CREATE TABLE technologies (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref text NOT NULL UNIQUE CHECK (ref ~ '^[A-Z0-9-]{3,32}$'),
    institution_id bigint NOT NULL REFERENCES institutions (id),
    title_en text NOT NULL CHECK (char_length(title_en) BETWEEN 1 AND 256),
    title_zh text CHECK (char_length(title_zh) BETWEEN 1 AND 256),
    summary_en text NOT NULL CHECK (char_length(summary_en) BETWEEN 1 AND 1000),
    summary_zh text CHECK (char_length(summary_zh) BETWEEN 1 AND 1000),
    description_en text CHECK (char_length(description_en) BETWEEN 1 AND 8000),
    domain domain NOT NULL,
    keywords text[] NOT NULL DEFAULT '{}' CHECK (valid_keywords(keywords)),
    trl smallint NOT NULL CHECK (trl BETWEEN 1 AND 9),
    ip ip_kind NOT NULL,
    cooperation cooperation_mode[] NOT NULL
        CHECK (cardinality(cooperation) >= 1 AND array_position(cooperation, NULL) IS NULL),
    budget_band budget_band,
    sdgs smallint[] NOT NULL DEFAULT '{}' CHECK (valid_sdgs(sdgs)),
    status entry_status NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX technologies_institution_id ON technologies (institution_id);
CREATE TRIGGER technologies_updated_at BEFORE UPDATE ON technologies
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Where a technology already runs (the format's `deployed_in` list).
CREATE TABLE technology_deployments (
    technology_id bigint NOT NULL REFERENCES technologies (id) ON DELETE CASCADE,
    country text NOT NULL REFERENCES countries (code),
    PRIMARY KEY (technology_id, country)
);
CREATE INDEX technology_deployments_country ON technology_deployments (country);

CREATE TABLE needs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ref text NOT NULL UNIQUE CHECK (ref ~ '^[A-Z0-9-]{3,32}$'),
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 256),
    description text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 4000),
    language language NOT NULL,
    country text NOT NULL REFERENCES countries (code)
        CHECK (country IN ('BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN')),
    organisation text NOT NULL CHECK (char_length(organisation) BETWEEN 1 AND 200),
    org_kind org_kind NOT NULL,
    domain domain,
    keywords text[] NOT NULL DEFAULT '{}' CHECK (valid_keywords(keywords)),
    min_trl smallint CHECK (min_trl BETWEEN 1 AND 9),
    cooperation cooperation_mode[] NOT NULL DEFAULT '{}'
        CHECK (array_position(cooperation, NULL) IS NULL),
    budget_band budget_band,
    sdgs smallint[] NOT NULL DEFAULT '{}' CHECK (valid_sdgs(sdgs)),
    deadline date,
    status entry_status NOT NULL DEFAULT 'draft',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz,
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX needs_country ON needs (country);
CREATE TRIGGER needs_updated_at BEFORE UPDATE ON needs
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

INSERT INTO countries (code, name_en, name_zh, asean) VALUES
    ('AD', 'Andorra', NULL, false),
    ('AE', 'United Arab Emirates', NULL, false),
    ('AF', 'Afghanistan', NULL, false),
    ('AG', 'Antigua and Barbuda', NULL, false),
    ('AI', 'Anguilla', NULL, false),
    ('AL', 'Albania', NULL, false),
    ('AM', 'Armenia', NULL, false),
    ('AO', 'Angola', NULL, false),
    ('AQ', 'Antarctica', NULL, false),
    ('AR', 'Argentina', NULL, false),
    ('AS', 'American Samoa', NULL, false),
    ('AT', 'Austria', NULL, false),
    ('AU', 'Australia', NULL, false),
    ('AW', 'Aruba', NULL, false),
    ('AX', 'Åland Islands', NULL, false),
    ('AZ', 'Azerbaijan', NULL, false),
    ('BA', 'Bosnia and Herzegovina', NULL, false),
    ('BB', 'Barbados', NULL, false),
    ('BD', 'Bangladesh', NULL, false),
    ('BE', 'Belgium', NULL, false),
    ('BF', 'Burkina Faso', NULL, false),
    ('BG', 'Bulgaria', NULL, false),
    ('BH', 'Bahrain', NULL, false),
    ('BI', 'Burundi', NULL, false),
    ('BJ', 'Benin', NULL, false),
    ('BL', 'Saint Barthélemy', NULL, false),
    ('BM', 'Bermuda', NULL, false),
    ('BN', 'Brunei', '文莱', true),
    ('BO', 'Bolivia', NULL, false),
    ('BQ', 'Bonaire, Sint Eustatius and Saba', NULL, false),
    ('BR', 'Brazil', NULL, false),
    ('BS', 'Bahamas', NULL, false),
    ('BT', 'Bhutan', NULL, false),
    ('BV', 'Bouvet Island', NULL, false),
    ('BW', 'Botswana', NULL, false),
    ('BY', 'Belarus', NULL, false),
    ('BZ', 'Belize', NULL, false),
    ('CA', 'Canada', NULL, false),
    ('CC', 'Cocos (Keeling) Islands', NULL, false),
    ('CD', 'Congo, The Democratic Republic of the', NULL, false),
    ('CF', 'Central African Republic', NULL, false),
    ('CG', 'Congo', NULL, false),
    ('CH', 'Switzerland', NULL, false),
    ('CI', 'Côte d''Ivoire', NULL, false),
    ('CK', 'Cook Islands', NULL, false),
    ('CL', 'Chile', NULL, false),
    ('CM', 'Cameroon', NULL, false),
    ('CN', 'China', '中国', false),
    ('CO', 'Colombia', NULL, false),
    ('CR', 'Costa Rica', NULL, false),
    ('CU', 'Cuba', NULL, false),
    ('CV', 'Cabo Verde', NULL, false),
    ('CW', 'Curaçao', NULL, false),
    ('CX', 'Christmas Island', NULL, false),
    ('CY', 'Cyprus', NULL, false),
    ('CZ', 'Czechia', NULL, false),
    ('DE', 'Germany', NULL, false),
    ('DJ', 'Djibouti', NULL, false),
    ('DK', 'Denmark', NULL, false),
    ('DM', 'Dominica', NULL, false),
    ('DO', 'Dominican Republic', NULL, false),
    ('DZ', 'Algeria', NULL, false),
    ('EC', 'Ecuador', NULL, false),
    ('EE', 'Estonia', NULL, false),
    ('EG', 'Egypt', NULL, false),
    ('EH', 'Western Sahara', NULL, false),
    ('ER', 'Eritrea', NULL, false),
    ('ES', 'Spain', NULL, false),
    ('ET', 'Ethiopia', NULL, false),
    ('FI', 'Finland', NULL, false),
    ('FJ', 'Fiji', NULL, false),
    ('FK', 'Falkland Islands (Malvinas)', NULL, false),
    ('FM', 'Micronesia, Federated States of', NULL, false),
    ('FO', 'Faroe Islands', NULL, false),
    ('FR', 'France', NULL, false),
    ('GA', 'Gabon', NULL, false),
    ('GB', 'United Kingdom', NULL, false),
    ('GD', 'Grenada', NULL, false),
    ('GE', 'Georgia', NULL, false),
    ('GF', 'French Guiana', NULL, false),
    ('GG', 'Guernsey', NULL, false),
    ('GH', 'Ghana', NULL, false),
    ('GI', 'Gibraltar', NULL, false),
    ('GL', 'Greenland', NULL, false),
    ('GM', 'Gambia', NULL, false),
    ('GN', 'Guinea', NULL, false),
    ('GP', 'Guadeloupe', NULL, false),
    ('GQ', 'Equatorial Guinea', NULL, false),
    ('GR', 'Greece', NULL, false),
    ('GS', 'South Georgia and the South Sandwich Islands', NULL, false),
    ('GT', 'Guatemala', NULL, false),
    ('GU', 'Guam', NULL, false),
    ('GW', 'Guinea-Bissau', NULL, false),
    ('GY', 'Guyana', NULL, false),
    ('HK', 'Hong Kong', NULL, false),
    ('HM', 'Heard Island and McDonald Islands', NULL, false),
    ('HN', 'Honduras', NULL, false),
    ('HR', 'Croatia', NULL, false),
    ('HT', 'Haiti', NULL, false),
    ('HU', 'Hungary', NULL, false),
    ('ID', 'Indonesia', '印度尼西亚', true),
    ('IE', 'Ireland', NULL, false),
    ('IL', 'Israel', NULL, false),
    ('IM', 'Isle of Man', NULL, false),
    ('IN', 'India', NULL, false),
    ('IO', 'British Indian Ocean Territory', NULL, false),
    ('IQ', 'Iraq', NULL, false),
    ('IR', 'Iran', NULL, false),
    ('IS', 'Iceland', NULL, false),
    ('IT', 'Italy', NULL, false),
    ('JE', 'Jersey', NULL, false),
    ('JM', 'Jamaica', NULL, false),
    ('JO', 'Jordan', NULL, false),
    ('JP', 'Japan', NULL, false),
    ('KE', 'Kenya', NULL, false),
    ('KG', 'Kyrgyzstan', NULL, false),
    ('KH', 'Cambodia', '柬埔寨', true),
    ('KI', 'Kiribati', NULL, false),
    ('KM', 'Comoros', NULL, false),
    ('KN', 'Saint Kitts and Nevis', NULL, false),
    ('KP', 'North Korea', NULL, false),
    ('KR', 'South Korea', NULL, false),
    ('KW', 'Kuwait', NULL, false),
    ('KY', 'Cayman Islands', NULL, false),
    ('KZ', 'Kazakhstan', NULL, false),
    ('LA', 'Laos', '老挝', true),
    ('LB', 'Lebanon', NULL, false),
    ('LC', 'Saint Lucia', NULL, false),
    ('LI', 'Liechtenstein', NULL, false),
    ('LK', 'Sri Lanka', NULL, false),
    ('LR', 'Liberia', NULL, false),
    ('LS', 'Lesotho', NULL, false),
    ('LT', 'Lithuania', NULL, false),
    ('LU', 'Luxembourg', NULL, false),
    ('LV', 'Latvia', NULL, false),
    ('LY', 'Libya', NULL, false),
    ('MA', 'Morocco', NULL, false),
    ('MC', 'Monaco', NULL, false),
    ('MD', 'Moldova', NULL, false),
    ('ME', 'Montenegro', NULL, false),
    ('MF', 'Saint Martin (French part)', NULL, false),
    ('MG', 'Madagascar', NULL, false),
    ('MH', 'Marshall Islands', NULL, false),
    ('MK', 'North Macedonia', NULL, false),
    ('ML', 'Mali', NULL, false),
    ('MM', 'Myanmar', '缅甸', true),
    ('MN', 'Mongolia', NULL, false),
    ('MO', 'Macao', NULL, false),
    ('MP', 'Northern Mariana Islands', NULL, false),
    ('MQ', 'Martinique', NULL, false),
    ('MR', 'Mauritania', NULL, false),
    ('MS', 'Montserrat', NULL, false),
    ('MT', 'Malta', NULL, false),
    ('MU', 'Mauritius', NULL, false),
    ('MV', 'Maldives', NULL, false),
    ('MW', 'Malawi', NULL, false),
    ('MX', 'Mexico', NULL, false),
    ('MY', 'Malaysia', '马来西亚', true),
    ('MZ', 'Mozambique', NULL, false),
    ('NA', 'Namibia', NULL, false),
    ('NC', 'New Caledonia', NULL, false),
    ('NE', 'Niger', NULL, false),
    ('NF', 'Norfolk Island', NULL, false),
    ('NG', 'Nigeria', NULL, false),
    ('NI', 'Nicaragua', NULL, false),
    ('NL', 'Netherlands', NULL, false),
    ('NO', 'Norway', NULL, false),
    ('NP', 'Nepal', NULL, false),
    ('NR', 'Nauru', NULL, false),
    ('NU', 'Niue', NULL, false),
    ('NZ', 'New Zealand', NULL, false),
    ('OM', 'Oman', NULL, false),
    ('PA', 'Panama', NULL, false),
    ('PE', 'Peru', NULL, false),
    ('PF', 'French Polynesia', NULL, false),
    ('PG', 'Papua New Guinea', NULL, false),
    ('PH', 'Philippines', '菲律宾', true),
    ('PK', 'Pakistan', NULL, false),
    ('PL', 'Poland', NULL, false),
    ('PM', 'Saint Pierre and Miquelon', NULL, false),
    ('PN', 'Pitcairn', NULL, false),
    ('PR', 'Puerto Rico', NULL, false),
    ('PS', 'Palestine, State of', NULL, false),
    ('PT', 'Portugal', NULL, false),
    ('PW', 'Palau', NULL, false),
    ('PY', 'Paraguay', NULL, false),
    ('QA', 'Qatar', NULL, false),
    ('RE', 'Réunion', NULL, false),
    ('RO', 'Romania', NULL, false),
    ('RS', 'Serbia', NULL, false),
    ('RU', 'Russian Federation', NULL, false),
    ('RW', 'Rwanda', NULL, false),
    ('SA', 'Saudi Arabia', NULL, false),
    ('SB', 'Solomon Islands', NULL, false),
    ('SC', 'Seychelles', NULL, false),
    ('SD', 'Sudan', NULL, false),
    ('SE', 'Sweden', NULL, false),
    ('SG', 'Singapore', '新加坡', true),
    ('SH', 'Saint Helena, Ascension and Tristan da Cunha', NULL, false),
    ('SI', 'Slovenia', NULL, false),
    ('SJ', 'Svalbard and Jan Mayen', NULL, false),
    ('SK', 'Slovakia', NULL, false),
    ('SL', 'Sierra Leone', NULL, false),
    ('SM', 'San Marino', NULL, false),
    ('SN', 'Senegal', NULL, false),
    ('SO', 'Somalia', NULL, false),
    ('SR', 'Suriname', NULL, false),
    ('SS', 'South Sudan', NULL, false),
    ('ST', 'Sao Tome and Principe', NULL, false),
    ('SV', 'El Salvador', NULL, false),
    ('SX', 'Sint Maarten (Dutch part)', NULL, false),
    ('SY', 'Syria', NULL, false),
    ('SZ', 'Eswatini', NULL, false),
    ('TC', 'Turks and Caicos Islands', NULL, false),
    ('TD', 'Chad', NULL, false),
    ('TF', 'French Southern Territories', NULL, false),
    ('TG', 'Togo', NULL, false),
    ('TH', 'Thailand', '泰国', true),
    ('TJ', 'Tajikistan', NULL, false),
    ('TK', 'Tokelau', NULL, false),
    ('TL', 'Timor-Leste', NULL, false),
    ('TM', 'Turkmenistan', NULL, false),
    ('TN', 'Tunisia', NULL, false),
    ('TO', 'Tonga', NULL, false),
    ('TR', 'Türkiye', NULL, false),
    ('TT', 'Trinidad and Tobago', NULL, false),
    ('TV', 'Tuvalu', NULL, false),
    ('TW', 'Taiwan', NULL, false),
    ('TZ', 'Tanzania', NULL, false),
    ('UA', 'Ukraine', NULL, false),
    ('UG', 'Uganda', NULL, false),
    ('UM', 'United States Minor Outlying Islands', NULL, false),
    ('US', 'United States', NULL, false),
    ('UY', 'Uruguay', NULL, false),
    ('UZ', 'Uzbekistan', NULL, false),
    ('VA', 'Holy See (Vatican City State)', NULL, false),
    ('VC', 'Saint Vincent and the Grenadines', NULL, false),
    ('VE', 'Venezuela', NULL, false),
    ('VG', 'Virgin Islands, British', NULL, false),
    ('VI', 'Virgin Islands, U.S.', NULL, false),
    ('VN', 'Viet Nam', '越南', true),
    ('VU', 'Vanuatu', NULL, false),
    ('WF', 'Wallis and Futuna', NULL, false),
    ('WS', 'Samoa', NULL, false),
    ('YE', 'Yemen', NULL, false),
    ('YT', 'Mayotte', NULL, false),
    ('ZA', 'South Africa', NULL, false),
    ('ZM', 'Zambia', NULL, false),
    ('ZW', 'Zimbabwe', NULL, false);
