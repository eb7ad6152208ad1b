/* cases-people27.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-people27 (issue 24: a known person's first name
 * alone read ORG).  All sentences and names written here. */

  /* A first name the lists know as a company's too, alone after the
   * person's full name: the person, not the firm the tagger echoed. */
  { "Kelly Marsh won the 100m title on Sunday. Kelly crossed the line in 11.2 seconds. Kelly said she was delighted.",
    "PERSON:Kelly Marsh | PERSON:Kelly=Kelly Marsh | PERSON:Kelly=Kelly Marsh" },
  { "Singer Dana Ferrow returned to the stage on Friday. Dana told the crowd she would tour again.",
    "PERSON:Dana Ferrow role=Singer | PERSON:Dana=Dana Ferrow" },
  /* The text naming the firm at the mention still decides; with no
   * full name the word is the tagger's. */
  { "Kelly Marsh won the title. Staffing firm Kelly said profits rose.",
    "PERSON:Kelly Marsh | ORG:Kelly" },
  { "Kelly said profits rose in the third quarter.", "ORG:Kelly" },
  /* Not where the tagger's "person" is the firm's product in capitals:
   * the firm keeps its label (the product's own label is the gap). */
  { "Gamers snap up new Acer PDX\n\nGamers have bought almost all of the first batch of Acer's new handheld."
    " Despite the demand Acer said it would not add stock.",
    "MISC:Acer PDX | ORG:Acer | ORG:Acer", "the tagger's person of a product's name in capitals" },
  /* A surname two people of the document share: a person alone, which
   * of the two unknown (no canonical). */
  { "Ann Baxter met her brother Rob Baxter in Leeds. Baxter said the talks went well. Later Baxter left.",
    "PERSON:Ann Baxter | PERSON:Rob Baxter | GPE:Leeds country=United Kingdom | PERSON:Baxter | PERSON:Baxter" },
  /* Not where the text names the body at the mention. */
  { "Ann Baxter met her brother Rob Baxter in Leeds. Drugs firm Baxter said profits rose.",
    "PERSON:Ann Baxter | PERSON:Rob Baxter | GPE:Leeds country=United Kingdom | ORG:Baxter" },
  /* Nor a word English has: there it is as often a firm's word. */
  { "Ann Shell met her brother Rob Shell in Leeds. Shell said profits rose.",
    "PERSON:Ann Shell | PERSON:Rob Shell | GPE:Leeds country=United Kingdom | ORG:Shell" },
