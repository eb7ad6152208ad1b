/* cases-kinds17.h: the seventeenth session's rows for names of the
 * right kind (issue 24, branch ent-kinds17).  Included in
 * test-entities-places.c's table.  All sentences written here; each
 * rule with sentences next to it where it must not fire. */

/* A rank as the forces and the police abbreviate it (cues.tsv) is the
 * person's role, never the name's first word nor a reason to read the
 * name as an organisation. */
{ "Gen Smith said the troops would leave the city.", "PERSON:Smith role=Gen" },
{ "Lt Col Jones was killed in the attack.", "PERSON:Jones role=Lt Col" },
{ "Brig Harris led the brigade.", "PERSON:Harris role=Brig" },
{ "Adm Nelson and Sgt Baker met Capt Evans.", "PERSON:Nelson role=Adm | PERSON:Baker role=Sgt | PERSON:Evans role=Capt" },
{ "Maj Gen Ann Hale said the plan had failed.", "PERSON:Ann Hale role=Maj Gen" },
/* ... and so are the full ranks the cues lacked. */
{ "Brigadier Harris and Corporal Evans were there.", "PERSON:Harris role=Brigadier | PERSON:Evans role=Corporal" },
/* Titled people joined by "and" before "of" and a force are two
 * people and the force, not one organisation (rules.c). */
{ "Det Supt Mike Walsh and Insp Jane Carter of Kent Police were there.",
  "PERSON:Mike Walsh role=Det Supt | PERSON:Jane Carter role=Insp | ORG:Kent Police" },
/* ... not a lone letter after a rank (a generation; people.c), but
 * after a form of address. */
{ "Gen Z shoppers spend more online.", "" },
{ "Mr X told the court he was afraid.", "PERSON:X" },
/* ... not an acronym or a maker the cues leave out ("Cpl", "Commodore"). */
{ "CPL Holdings cut 200 jobs in Dallas.", "ORG:CPL Holdings | GPE:Dallas kb=geonames:4684888 country=United States" },

/* A stock market index (product-names.tsv) is MISC whatever verb a
 * company's act would make of it (products.c, named_product()). */
{ "The Nasdaq gained 1% on Tuesday.", "MISC:Nasdaq" },
{ "Hong Kong's Hang Seng closed 1% higher.", "GPE:Hong Kong | MISC:Hang Seng" },
{ "The Dow closed up 30 points.", "MISC:Dow" },
/* ... not where a capitalised word runs on: another name. */
{ "The Hang Seng Bank cut its rates.", "ORG:Hang Seng Bank" },

/* A vehicle maker (product-names.tsv kind maker) and a model's name in
 * one organisation of the tagger's, after a determiner, are the model,
 * MISC (products.c, maker_and_model()); the maker alone a company. */
{ "He drove a Ford Tarrow to the shops.", "MISC:Ford Tarrow" },
{ "She bought a red Skoda Velmar last year.", "MISC:Skoda Velmar" },
/* ... not before what a company has: the maker's division (mend-ent17a). */
{ "Unions fear the Skoda Velmar plant will close.", "ORG:Skoda Velmar" },
{ "Ford said profits fell by 5%.", "ORG:Ford" },
/* ... not two makers, a company's form or a part of a longer name. */
{ "The MG Rover factory closed last year.", "ORG:MG Rover" },
{ "He joined Volkswagen AG as a director.", "ORG:Volkswagen AG" },

/* A stock index named bare as a company's subject is the exchange's
 * owner, left to the tagger; the words around an index read it as one
 * (mend-ent17a: products.c, reads_as_index()). */
{ "Nasdaq will list its own shares next year.", "ORG:Nasdaq" },
{ "Shares rose on Nasdaq, and Nikkei futures fell.", "MISC:Nasdaq | MISC:Nikkei" },
{ "Dow rises as oil prices ease.", "MISC:Dow" },
