/* cases-products30.h: the thirtieth session's rows for cars' models and
 * makers' model codes (issue 24, branch ent-products30; vehicles.c,
 * products.c, product-names.tsv kinds maker and vehicle-noun).
 * Included in test-entities-places.c's table.  All sentences and names
 * written here. */

/* A name right before a kind of car after an article or a possessive is
 * the model, MISC, at every mention; the names joined before it too. */
{ "Velmar said the Corvanta and the Zelmira sedans would be built soon.", "ORG:Velmar | MISC:Corvanta | MISC:Zelmira" },
{ "The maker unveiled the Corvanta and Zelmira models at the fair.", "MISC:Corvanta | MISC:Zelmira" },
{ "Velmar said its new Zelmira hatchbacks sold well.", "ORG:Velmar | MISC:Zelmira" },
/* ... not a name that opens the sentence before "and", nor a maker's
 * (the maker's cars), nor the first half of a compound a place's or a
 * company's name modifies. */
{ "Zelmira and the Corvanta sedans sold.", "ORG:Zelmira | MISC:Corvanta" },
{ "Sales of its Opel and Vauxhall models fell.", "ORG:Opel | ORG:Vauxhall" },
{ "Velmar said its Zelmira car plant will close.", "ORG:Velmar | ORG:Zelmira" },
/* A company companies.tsv lists before "model" is the maker (the
 * gazetteer hints Nokia as a Finnish town, and the tagger reads a
 * place; a golden row is a claim: ORG is the reader's). */
{ "Probably a Nokia model.", "ORG:Nokia", "a listed company the gazetteer hints as a town, read as a place by the tagger" },
/* A generic kind of car capitalised ends a company's name. */
{ "Sales at the Saab Automobile plant fell.", "ORG:Saab Automobile" },
/* A name ending in a kind of car capitalised is the model. */
{ "The maker showed the new Corvanta Hybrid at the fair.", "MISC:Corvanta Hybrid" },
/* A maker and a model's name named after a small town (cities.tsv
 * faint) is the model; a maker and a company's part stays the company. */
{ "Sales of the Ford Mustang rose.", "MISC:Ford Mustang" },
{ "He works for the Ford Capital unit.", "ORG:Ford Capital" },
/* A name and a number of three or four digits after an article is a
 * model; not a count before a plural. */
{ "Buyers said the Velmar 607 was cheaper.", "MISC:Velmar 607" },
{ "Velmar said its new Velmar 4150 was cheaper.", "ORG:Velmar | MISC:Velmar 4150" },
{ "The Velmar 300 jobs will go.", "ORG:Velmar" },
/* A code joined to a model a rule found is a model too; not to the
 * tagger's MISC alone (a road's number is one as often). */
{ "Velmar said the Velmar X40 and V52 would be built.", "ORG:Velmar | MISC:Velmar X40 | MISC:V52" },
{ "Velmar said the X40 and V52 would be built.", "ORG:Velmar | MISC:X40 | MISC:V52",
  "a maker's name before the codes' noun phrase, not right before the first code: nothing reads the first as a rule's model" },
/* Near miss: a model "of" a thing is a way of doing it, a policy's or a
 * business's, no car (the name keeps the tagger's label). */
{ "Analysts liked the Orvik model of banking.", "ORG:Orvik" },
{ "The maker showed the Orvik model at the fair.", "MISC:Orvik" },
