/* test-claims.c: the claims the inconsistencies stage reads, and the
 * per-document findings, through `assay run` of the whole news-crosscheck
 * pipeline on sentences written here (published 2024-04-10). */
#include "../../core/test-util.h"
#include "../table-util.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* Each claim is written TYPE:text, then the attributes the checks compare,
 * in a fixed order, where set; a finding as finding:KIND. */
static const struct
{
  const char *text;
  const char *expect; /* claims and findings in order, separated by " | " */
  const char *pending; /* non-NULL: a known gap, what it waits for */
} cases[] = {
  /* Origin: an actor and a country joined by description words. */
  { "APT41, a China-linked group, hit the ministry.",
    "origin:APT41, a China-linked subject=APT41 value=China key=APT41" },
  { "Investigators said APT33, an Iranian group, was behind the intrusion.",
    "origin:APT33, an Iranian subject=APT33 value=Iran key=APT33"
    " | attribution:Iranian group, was behind value=Iran country=Iran event=attack" },
  { "APT31 is linked to the Ministry of State Security.",
    "origin:APT31 is linked to the Ministry of State Security subject=APT31 value=China key=APT31 affiliation=Ministry of State Security" },
  { "Lazarus Group, tied to North Korea's Reconnaissance General Bureau, stole the funds.",
    "origin:Lazarus Group, tied to North Korea subject=Lazarus Group value=North Korea key=Lazarus Group"
    " | origin:North Korea's Reconnaissance General Bureau subject=Reconnaissance General Bureau value=North Korea"
    " key=Reconnaissance General Bureau" },
  { "The group APT34 is based in Iran, officials said.",
    "origin:APT34 is based in Iran subject=OilRig value=Iran key=OilRig" },
  /* Where a company, agency or group is based is its origin too. */
  { "Gazprom, a gas company based in Moscow, cut supplies.",
    "origin:Gazprom, a gas company based in Moscow subject=Gazprom value=Russia key=Gazprom" },
  /* A nationality that describes what the organisation is, after it or
   * before it; not one that says who spoke, nor one in another clause. */
  { "Siemens, the German engineering group, cut jobs.",
    "origin:Siemens, the German engineering group subject=Siemens value=Germany key=Siemens" },
  { "The Japanese carmaker Honda cut prices.",
    "origin:Japanese carmaker Honda subject=Honda value=Japan key=Honda" },
  { "Nokia, Finnish officials said, cut jobs.", "" },
  { "Sweden's Saab won the contract.", "origin:Sweden's Saab subject=Saab value=Sweden key=Saab" },
  { "London's mayor met Unilever.", "" },
  { "Heineken cut prices; Dutch companies said nothing.", "" },
  /* Words between the name and "based in" must be a description set off
   * by a comma, not a clause of their own. */
  { "Qantas increased the number of flight attendants based in London.", "" },
  /* "from" is left out: on the BBC archive it read "the presidency of
   * the EU from Luxembourg" and "BBC Sport from Rio de Janeiro". */
  { "Toyota from Japan said sales fell.", "" },
  /* Who blames: a country by its people, not the blamed's own country
   * nor a nationality that only qualifies a name. */
  { "German officials said hackers working for Russia's GRU were behind the attack.",
    "origin:Russia's GRU subject=GRU value=Russia key=GRU"
    " | attribution:GRU were behind subject=Germany value=Russia key=Germany country=Russia event=attack" },
  { "The Spanish daily ABC accused Greece of the attack.",
    "origin:Spanish daily ABC subject=ABC value=Spain key=ABC"
    " | attribution:accused Greece subject=ABC value=Greece key=ABC country=Greece event=attack" },
  { "Dutch officials accused Iran of the hack.",
    "attribution:accused Iran subject=Netherlands value=Iran key=Netherlands country=Iran event=attack" },
  /* A part-of cue with nothing after it ends the sentence's words. */
  { "Some were hurt, and 12 of the.", "" },
  /* An event that did not happen has no start. */
  { "The suspect has been held without trial since December 2001.", "" },
  /* Who speaks is not where the actor comes from. */
  { "The attack was perpetrated by APT29, Dutch officials said.",
    "attribution:perpetrated by APT29 value=APT29 country=Russia event=attack" },
  /* Attribution, worded many ways; the blamed party's country and the event. */
  { "Germany blamed Russia for the attack on its parliament.",
    "attribution:blamed Russia subject=Germany value=Russia key=Germany country=Russia event=attack" },
  { "Officials said APT28 was behind the cyberattack.",
    "attribution:APT28 was behind value=APT28 country=Russia event=attack" },
  /* "cyber": a threat actor named by English words is one only in a story
   * of computer security (the entities stage's drop_idle_actors()). */
  { "The cyber breach was attributed to Volt Typhoon.",
    "attribution:attributed to Volt Typhoon value=Volt Typhoon country=China event=attack" },
  { "Poland identified Russia as responsible for the sabotage.",
    "attribution:Russia as responsible subject=Poland value=Russia key=Poland country=Russia event=attack" },
  /* What follows "blamed for" is the deed, not the blamed party. */
  { "Hackers blamed for Oulu power cut", "" },
  /* A negated blame is no claim. */
  { "Officials did not blame China for the outage.",
    "" },
  /* Event time: start, end, announcement, at the date's precision. */
  { "The campaign began in March 2023, the agency said.",
    "event-time:began in March 2023 value=2023-03 key=attack start" },
  { "The espionage has been ongoing since 2022.",
    "event-time:ongoing since 2022 value=2022 key=attack start" },
  { "The attack lasted from 2022 until last month.",
    "event-time:lasted from 2022 value=2022 key=attack start"
    " | event-time:until last month value=2024-03 key=attack end" },
  { "The operation was announced on Friday, March 8, 2024.",
    "event-time:announced on Friday, March 8, 2024 value=2024-03-08 key=attack announce" },
  /* The event is what the date attaches to in its clause: a record since
   * a year starts nothing, nor does a verb with its object. */
  { "The bank faces its worst financial crisis since 1989.", "" },
  { "It is the most serious cyber incident at a European port since 2017.", "" },
  { "Fighting pancreatic cancer since 2004, he kept working.", "" },
  { "The attack on the port began in March 2023.",
    "event-time:began in March 2023 value=2023-03 key=attack start" },
  /* No event noun, but a word of a kind of event that is one. */
  { "Hackers began targeting the ministry in March 2023.",
    "event-time:began targeting the ministry in March 2023 value=2023-03 key=attack start" },
  { "The company began operations in 1990.", "" },
  { "The ceasefire came into force on Sunday.",
    "event-time:came into force on Sunday value=2024-04-07 key=ceasefire start" },
  { "The strike was called off on Tuesday.",
    "event-time:was called off on Tuesday value=2024-04-09 key=strike end" },
  /* When a one-off event happened. */
  { "The explosion at the plant happened on Sunday, March 3, officials said.",
    "event-time:happened on Sunday, March 3 value=2024-03-03 key=explosion date" },
  /* The event noun may be the cue's object. */
  { "The police began their investigation on Tuesday, March 5.",
    "event-time:began their investigation on Tuesday, March 5 value=2024-03-05 key=investigation start" },
  /* A time dates the event by its day, comparable with a day named alone. */
  { "The attack began on Friday night, officials said.",
    "event-time:began on Friday night value=2024-04-05 key=attack start" },
  /* Quantities: the approximation word, what is counted, what happened to it. */
  { "About 3,400 customers were affected by the attack.",
    "quantity:About 3,400 customers subject=customer value=3400 approx=approx key=customer affected" },
  { "Seven Chinese nationals were charged on Tuesday.",
    "quantity:Seven Chinese nationals subject=national value=7 approx=exact key=China national charged" },
  { "Hackers targeted five ministries.",
    "quantity:five ministries subject=ministry value=5 approx=exact key=ministry affected" },
  { "More than 200 people were killed and some 1,000 injured.",
    "quantity:More than 200 people subject=people value=200 approx=above key=people killed"
    " | quantity:some 1,000 injured subject=people value=1000 approx=approx key=people injured" },
  /* A verb before the number binds tighter than one after the phrase,
   * which must stand in its clause and before a coordinated one. */
  { "The blast hit the port, killing seven people and injuring 48 passengers.",
    "quantity:seven people subject=people value=7 approx=exact key=people killed"
    " | quantity:48 passengers subject=passenger value=48 approx=exact key=passenger injured" },
  { "The waves killed more than 30,000 people.",
    "quantity:more than 30,000 people subject=people value=30000 approx=above key=people killed" },
  /* A count with no noun before what befalls people counts people; a
   * tally before a number names what it counts; a dozen is a scale. */
  { "At least 12 dead and 40 injured after the blast.",
    "quantity:At least 12 dead subject=people value=12 approx=at-least key=people killed"
    " | quantity:40 injured subject=people value=40 approx=exact key=people injured" },
  { "The death toll stands at 12, officials said.",
    "quantity:12 subject=people value=12 approx=exact key=people killed" },
  /* A number word of two joined by a hyphen; a hyphenated word that is
   * no number counts nothing. */
  { "Twenty-five ships were stranded in the port.",
    "quantity:Twenty-five ships subject=ship value=25 approx=exact key=ship stranded" },
  { "The cross-party panel met the 40-year-old mayor.", "" },
  { "Nearly two dozen people were injured.",
    "quantity:Nearly two dozen people subject=people value=24 approx=below key=people injured" },
  /* A count its sentence says has changed is news, not a rival account. */
  { "The death toll has risen, with 30 people killed.",
    "quantity:30 people subject=people value=30 approx=exact key=people killed update=true" },
  { "Around 40 ships were stranded in the port.",
    "quantity:Around 40 ships subject=ship value=40 approx=approx key=ship stranded" },
  /* A count with nothing that happened to it is keyed by the thing alone. */
  { "The match ended 2-0 and 40,000 fans watched.",
    "quantity:40,000 fans subject=fan value=40000 approx=exact key=fan" },
  /* What a count counts is its first plural noun, past modifiers. */
  { "The air force ordered 179 new aerial refueling tankers.",
    "quantity:179 new aerial refueling tankers subject=tanker value=179 approx=exact key=tanker" },
  /* A number before a singular noun is a model or a label, not a count;
   * so is one right after a name. */
  { "The airline flies the 777 airliner on the route.", "" },
  { "The order covers the Boeing 787 aircraft.", "" },
  /* Measures and currencies are not counted things. */
  { "The dollar rose to 92.27 yen.", "" },
  /* A part of a whole, and an N-strong group. */
  { "The retailer closed 12 of its 40 stores.",
    "quantity:12 of its 40 stores subject=store value=12 approx=exact key=store part" },
  { "A 3,000-strong force was deployed.",
    "quantity:3,000-strong force subject=force value=3000 approx=exact key=force" },
  /* Roles, as the entities stage recorded them; a former title is marked. */
  { "Prime Minister Ana Novak of Slovenia met the press.",
    "role:Ana Novak subject=Ana Novak value=prime minister key=Ana Novak" },
  { "Former Foreign Minister Ana Novak spoke.",
    "role:Ana Novak subject=Ana Novak value=former foreign minister key=Ana Novak former=true" },
  /* Per document: an office held outside its term, a weekday off its date,
   * a date after publication reported as past ("May" the month is no
   * modal verb). */
  { "UN Secretary-General Ban Ki-moon said the talks would go on.",
    "role:Ban Ki-moon subject=Ban Ki-moon value=secretary-general key=Ban Ki-moon"
    " | finding:anachronism" },
  { "The talks resumed on Tuesday, March 8, 2024.",
    "finding:weekday-mismatch" },
  { "The summit, held on May 20, 2024, was a success.",
    "finding:anachronism" },
  /* A word before the title that makes it another office: no check. */
  { "U.S. Vice President Kamala Harris spoke in Ohio.",
    "role:Kamala Harris subject=Kamala Harris value=vice president key=Kamala Harris" },
  /* A surname alone is the holder of the office that day. */
  { "U.S. President Biden said the talks would go on.",
    "role:Biden subject=Biden value=president key=Biden" },
  /* The verb that governs the date sets its tense, not another one in the
   * sentence. */
  { "The ministry announced on Monday another meeting to be held on May 20, 2024.",
    "" },
  { "The contract may be signed on May 20, 2024, officials said.",
    "" },
  { "The treaty was signed on May 20, 2024, officials said.",
    "finding:anachronism" },
};

static char *
render_claim (JsonObject *a)
{
  GString *out = g_string_new (NULL);
  g_string_append_printf (out, "%s:%s", json_object_get_string_member (a, "label"),
                          json_object_get_string_member (a, "text"));
  JsonObject *attrs = json_object_get_object_member (a, "attrs");
  static const char *const keys[] = { "subject", "value", "approx", "key", "country", "event", "affiliation", "former",
                                      "update" };
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *v = json_object_get_string_member_with_default (attrs, keys[i], "");
      if (*v)
        g_string_append_printf (out, " %s=%s", keys[i], v);
    }
  return g_string_free (out, FALSE);
}

static void
test_cases (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      g_autofree char *id = g_strdup_printf ("case-%u", i);
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "meta");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "published");
      json_builder_add_string_value (b, "2024-04-10");
      json_builder_end_object (b);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, cases[i].text);
      json_builder_end_object (b);
      g_autofree char *line = json_to_string (json_builder_get_root (b), FALSE);
      g_string_append_printf (jsonl, "%s\n", line);
    }
  /* One document a story: each gets a story record of its own after the
   * documents, and no cross-document finding comes out. */
  const char *argv[] = { ASSAY_BIN, "run", PIPELINE, "-", "--layers", "claim", NULL };
  g_autofree char *out = test_run_assay (argv, jsonl->str);

  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  TestTable table = { 0 };
  g_assert_cmpuint (g_strv_length (records), ==, 2 * G_N_ELEMENTS (cases) + 1);
  for (guint i = G_N_ELEMENTS (cases); i < 2 * G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *story = g_strdup_printf ("{\"type\":\"story\",\"id\":\"s%u\",\"docs\":[\"case-%u\"],",
                                                (guint) (i - G_N_ELEMENTS (cases) + 1), (guint) (i - G_N_ELEMENTS (cases)));
      g_assert_true (g_str_has_prefix (records[i], story));
    }
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonObject *record = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpstr (json_object_get_string_member (record, "text"), ==, cases[i].text);
      JsonArray *anns = json_object_get_array_member (record, "annotations");
      JsonArray *findings = json_object_get_array_member (record, "findings");
      g_autoptr (GString) got = g_string_new (NULL);
      for (guint k = 0; k < json_array_get_length (anns); k++)
        {
          g_autofree char *one = render_claim (json_array_get_object_element (anns, k));
          g_string_append_printf (got, "%s%s", got->len ? " | " : "", one);
        }
      for (guint k = 0; k < json_array_get_length (findings); k++)
        g_string_append_printf (got, "%sfinding:%s", got->len ? " | " : "",
                                json_object_get_string_member (json_array_get_object_element (findings, k), "kind"));
      test_table_case (&table, cases[i].text, got->str, cases[i].expect, cases[i].pending);
    }
  test_table_finish (&table);
}

/* Runs the pipeline over no input with the stage's option @option set to
 * a file holding @content; returns what assay wrote on stderr, its exit
 * status in *@status and the file's path in *@path (the file removed). */
static char *
run_with_data_file (const char *option, const char *content, int *status, char **path)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-knowledge-XXXXXX", NULL);
  *path = g_build_filename (dir, "table.tsv", NULL);
  g_assert_true (g_file_set_contents (*path, content, -1, NULL));
  g_autofree char *set = g_strdup_printf ("inconsistencies.%s=%s", option, *path);
  const char *argv[] = { ASSAY_BIN, "run", PIPELINE, "-", "--set", set, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                                              | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  char *err = NULL;
  g_assert_true (g_subprocess_communicate_utf8 (proc, "", NULL, NULL, &err, &error));
  *status = g_subprocess_get_exit_status (proc);
  g_unlink (*path);
  g_rmdir (dir);
  return err;
}

/* A data file's error names its line and says what to write: every cue
 * kind there is, and nothing after them. */
static void
test_bad_cues (void)
{
  int status;
  g_autofree char *path = NULL;
  g_autofree char *err = run_with_data_file ("cues", "# a comment\nstory-evnt\tattack\tattack\n", &status, &path);
  g_assert_cmpint (status, ==, 2);
  g_autofree char *where = g_strdup_printf ("%s:2: no cue kind 'story-evnt': write one of bridge, ", path);
  g_assert_nonnull (strstr (err, where));
  g_assert_nonnull (strstr (err, ", base, organisation, update, happened, tally, people-verb, auxiliary, speech\n"));
}

/* Every knowledge table (both holders files, both role files, the cues)
 * is read by the one loader: a wrong row stops the stage with FILE:LINE
 * and what to write, each check of its own row loader in turn; good rows
 * (a title twice, a term still running) load.  The names are invented. */
static void
test_bad_knowledge_rows (void)
{
  const struct
  {
    const char *option, *content;
    const char *message; /* NULL: loads; else what follows the file's name */
  } cases[] = {
    { "knowledge", "# c\nharbour master\tExampleland\n",
      ":2: 2 fields where 7 to 8 are expected (fields are split at tabs); write OFFICE<TAB>ORG<TAB>HOLDER" },
    { "knowledge-extra", "harbour master\tExampleland\t\t2020\t\t2024-01-01\tinvented\n",
      ":1: OFFICE, ORG and HOLDER must not be empty" },
    { "knowledge-extra", "harbour master\tExampleland\tAnna Testperson\tlast spring\t\t2024-01-01\tinvented\n",
      ":1: FROM, TO and CHECKED are dates" },
    { "knowledge", "harbour master\tExampleland\tAnna Testperson\t2021\t2019\t2024-01-01\tinvented\n",
      ":1: the term ends (2019) before it begins (2021)" },
    { "knowledge-extra", "harbour master\tExampleland\tAnna Testperson\t2021\t\t2024-01-01\tinvented\tHarbour Master\n",
      NULL },
    { "roles", "harbour master\n", ":1: 1 field where 2 to 3 are expected (fields are split at tabs); write TITLE<TAB>OFFICE[<TAB>ORG]" },
    { "role-titles", "\n\tharbour master\n", ":2: TITLE and OFFICE must not be empty" },
    { "roles", "port chief\tharbour master\tExampleland\nport chief\tharbour master\n", NULL },
    { "cues", "event\t\n", ":1: a cue of kind 'event' needs a phrase" },
    { "cues", "event\n", ":1: 1 field where 2 to 3 are expected (fields are split at tabs); write KIND<TAB>PHRASE[<TAB>VALUE]" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int status;
      g_autofree char *path = NULL;
      g_autofree char *err = run_with_data_file (cases[i].option, cases[i].content, &status, &path);
      if (cases[i].message == NULL)
        {
          g_assert_null (strstr (err, path));
          g_assert_cmpint (status, ==, 0);
          continue;
        }
      g_assert_cmpint (status, ==, 2);
      g_autofree char *says = g_strconcat (path, cases[i].message, NULL);
      if (strstr (err, says) == NULL)
        g_error ("%s: %s: expected '%s', got '%s'", cases[i].option, cases[i].content, says, err);
    }
}

/* A story named in the input is replaced by the one found: meta holds one
 * "story" key, and every doc record names a story a story record lists. */
static void
test_story_named_once (void)
{
  const char *input = "{\"id\":\"a\",\"text\":\"Poland blamed Russia for the attack.\",\"story\":\"mine, \\\"quoted\\\"\"}\n"
                      "{\"id\":\"b\",\"text\":\"Hello there.\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PIPELINE, "-", "--layers", "claim", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), ==, 5);
  g_autoptr (GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 2; i < 4; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonObject *story = json_node_get_object (json_parser_get_root (parser));
      g_assert_cmpstr (json_object_get_string_member (story, "type"), ==, "story");
      JsonArray *docs = json_object_get_array_member (story, "docs");
      for (guint d = 0; d < json_array_get_length (docs); d++)
        g_hash_table_insert (listed, g_strdup (json_array_get_string_element (docs, d)),
                             g_strdup (json_object_get_string_member (story, "id")));
    }
  for (guint i = 0; i < 2; i++)
    {
      g_assert_nonnull (strstr (records[i], "\"meta\":{\"story\":\"s"));
      g_assert_null (strstr (strstr (records[i], "\"story\"") + 1, "\"story\""));
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonObject *doc = json_node_get_object (json_parser_get_root (parser));
      const char *story = json_object_get_string_member (json_object_get_object_member (doc, "meta"), "story");
      g_assert_cmpstr (story, ==, g_hash_table_lookup (listed, json_object_get_string_member (doc, "id")));
    }
}

/* A title for an office the knowledge base never has its bearer holding,
 * with no country named, is read in the one country where they held every
 * office they held, and checked there; a bearer of offices in several has
 * no such country, and nothing is said. */
static void
test_role_in_holders_country (void)
{
  const char *input = "{\"id\":\"a\",\"published\":\"2024-01-17\","
                      "\"text\":\"Defence Minister Lars Løkke Rasmussen said the navy would help.\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PIPELINE, "-", "--layers", "claim", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_assert_nonnull (strstr (out, "\"kind\":\"role-conflict\""));
  g_assert_nonnull (strstr (out, "defence minister (Denmark) was held by Troels Lund Poulsen"));

  const char *several = "{\"id\":\"b\",\"published\":\"2024-01-17\","
                        "\"text\":\"Foreign Minister Ursula von der Leyen spoke in Brussels.\"}\n";
  g_autofree char *out2 = test_run_assay (argv, several);
  g_assert_nonnull (strstr (out2, "\"title\":\"Foreign Minister\""));
  g_assert_null (strstr (out2, "\"kind\":"));
}

/* A title in a sentence about a time its bearer held the office is of
 * that time, not the report's. */
static void
test_title_of_its_time (void)
{
  const char *input = "{\"id\":\"a\",\"published\":\"2024-11-07\","
                      "\"text\":\"When he was Prime Minister, Boris Johnson visited Kyiv in April 2022.\"}\n"
                      "{\"id\":\"b\",\"published\":\"2024-11-07\","
                      "\"text\":\"Prime Minister Boris Johnson visited Kyiv on Tuesday.\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PIPELINE, "-", "--layers", "claim", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_nonnull (strstr (records[0], "\"former\":\"true\""));
  g_assert_null (strstr (records[0], "\"kind\":"));
  g_assert_nonnull (strstr (records[1], "\"kind\":\"anachronism\""));
}

/* Ids are not unique in every input (assay warns and keeps every record):
 * each record still gets the story of its own, in input order, and no
 * error. */
static void
test_stories_of_shared_ids (void)
{
  const char *input = "{\"id\":\"x\",\"published\":\"2024-03-05\",\"text\":\"Poland blamed Russia for the attack "
                      "on the port of Gdansk.\"}\n"
                      "{\"id\":\"x\",\"published\":\"2024-03-05\",\"text\":\"Chelsea beat Arsenal 2-0 at "
                      "Stamford Bridge.\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PIPELINE, "-", "--layers", "claim", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), ==, 5);
  g_assert_true (g_str_has_prefix (records[0], "{\"type\":\"doc\",\"id\":\"x\",\"meta\":{\"story\":\"s1\""));
  g_assert_true (g_str_has_prefix (records[1], "{\"type\":\"doc\",\"id\":\"x\",\"meta\":{\"story\":\"s2\""));
  g_assert_null (strstr (out, "\"type\":\"error\""));
}

/* Runs @argv with TMPDIR set to @tmpdir (NULL: as the test runs); the
 * test fails unless it exits 0.  Returns: (transfer full): its stderr. */
static char *
run_with_tmpdir (const char *tmpdir, const char *const *argv)
{
  g_autoptr (GSubprocessLauncher) launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "ASSAY_PLUGIN_PATH");
  if (tmpdir)
    g_subprocess_launcher_setenv (launcher, "TMPDIR", tmpdir, TRUE);
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  char *err = NULL;
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (proc) || g_subprocess_get_exit_status (proc) != 0)
    g_error ("assay %s with TMPDIR=%s failed:\n%s", argv[1], tmpdir ? tmpdir : "(unchanged)", err);
  return err;
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = haystack; (p = strstr (p, needle)); p++)
    n++;
  return n;
}

#define NO_TMPDIR "/nonexistent/assay-test-tmpdir"
#define REPORTS EXAMPLES "/gdansk-port-analysis.txt", EXAMPLES "/gdansk-port-web.txt", EXAMPLES "/gdansk-port-wire.txt"

/* The corpus keeps each report's claims out of memory, in a temporary
 * file or, when none can be made, a buffer of their encoded bytes, and
 * reads them back to save a state and to compare a story's reports.  A
 * map whose temporary folder does not exist keeps them in the buffer, and
 * says so once, naming the folder; its state, reduced, gives the findings
 * of one run, and there are some, so every claim came back. */
static void
test_claims_read_back (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-claims-XXXXXX", NULL);
  g_assert_nonnull (dir);
  g_autofree char *run = g_build_filename (dir, "run.jsonl", NULL);
  g_autofree char *docs = g_build_filename (dir, "docs.jsonl", NULL);
  g_autofree char *state = g_build_filename (dir, "shard.state", NULL);
  g_autofree char *reduced = g_build_filename (dir, "reduced.jsonl", NULL);
  const char *run_argv[] = { ASSAY_BIN, "run", PIPELINE, REPORTS, "-o", run, NULL };
  const char *map_argv[] = { ASSAY_BIN, "map", PIPELINE, REPORTS, "-o", docs, "--state", state, NULL };
  const char *reduce_argv[] = { ASSAY_BIN, "reduce", PIPELINE, state, "--docs", docs, "-o", reduced, NULL };
  g_free (run_with_tmpdir (NULL, run_argv));
  g_autofree char *err = run_with_tmpdir (NO_TMPDIR, map_argv);
  g_assert_cmpuint (count (err, "cannot make a temporary file in " NO_TMPDIR), ==, 1);
  g_assert_nonnull (strstr (err, "in memory"));
  g_free (run_with_tmpdir (NULL, reduce_argv));
  g_autofree char *expected = NULL, *got = NULL;
  g_assert_true (g_file_get_contents (run, &expected, NULL, NULL));
  g_assert_true (g_file_get_contents (reduced, &got, NULL, NULL));
  g_assert_nonnull (strstr (expected, "\"type\":\"finding\",\"story\""));
  g_assert_nonnull (strstr (expected, "conflict"));
  g_assert_cmpstr (got, ==, expected);
  for (const char *const *f = (const char *const[]){ run, docs, state, reduced, NULL }; *f; f++)
    g_assert_cmpint (g_remove (*f), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* With TMPDIR unusable and --tmp-dir naming a folder, the stage's spills
 * go to that folder (the host's assay_host_get_tmp_dir()): no warning,
 * nothing left behind there, and run, map and reduce give the same
 * bytes as a run with a usable TMPDIR. */
static void
test_spills_in_tmp_dir (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-tmp-dir-XXXXXX", NULL);
  g_assert_nonnull (dir);
  g_autofree char *spills = g_build_filename (dir, "spills", NULL);
  g_assert_cmpint (g_mkdir (spills, 0700), ==, 0);
  g_autofree char *tmp_arg = g_strconcat ("--tmp-dir=", spills, NULL);
  g_autofree char *expected_path = g_build_filename (dir, "expected.jsonl", NULL);
  g_autofree char *run = g_build_filename (dir, "run.jsonl", NULL);
  g_autofree char *docs = g_build_filename (dir, "docs.jsonl", NULL);
  g_autofree char *state = g_build_filename (dir, "shard.state", NULL);
  g_autofree char *reduced = g_build_filename (dir, "reduced.jsonl", NULL);
  const char *expected_argv[] = { ASSAY_BIN, "run", PIPELINE, REPORTS, "-o", expected_path, NULL };
  const char *run_argv[] = { ASSAY_BIN, "run", PIPELINE, REPORTS, tmp_arg, "-o", run, NULL };
  const char *map_argv[] = { ASSAY_BIN, "map", PIPELINE, REPORTS, tmp_arg, "-o", docs, "--state", state, NULL };
  const char *reduce_argv[] = { ASSAY_BIN, "reduce", PIPELINE, state, "--docs", docs, tmp_arg, "-o", reduced, NULL };
  g_free (run_with_tmpdir (NULL, expected_argv));
  const char *const *each[] = { run_argv, map_argv, reduce_argv };
  for (guint i = 0; i < G_N_ELEMENTS (each); i++)
    {
      g_autofree char *err = run_with_tmpdir (NO_TMPDIR, each[i]);
      if (strstr (err, "temporary file"))
        g_error ("assay %s with --tmp-dir warned: %s", each[i][1], err);
    }
  g_autofree char *expected = NULL, *got_run = NULL, *got = NULL;
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_true (g_file_get_contents (run, &got_run, NULL, NULL));
  g_assert_true (g_file_get_contents (reduced, &got, NULL, NULL));
  g_assert_nonnull (strstr (expected, "conflict"));
  g_assert_cmpstr (got_run, ==, expected);
  g_assert_cmpstr (got, ==, expected);
  g_assert_cmpint (g_rmdir (spills), ==, 0); /* empty: every spill was unlinked */
  for (const char *const *f = (const char *const[]){ expected_path, run, docs, state, reduced, NULL }; *f; f++)
    g_assert_cmpint (g_remove (*f), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}
#undef REPORTS

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/inconsistencies/claims", test_cases);
  g_test_add_func ("/inconsistencies/bad-cues", test_bad_cues);
  g_test_add_func ("/inconsistencies/bad-knowledge-rows", test_bad_knowledge_rows);
  g_test_add_func ("/inconsistencies/story-named-once", test_story_named_once);
  g_test_add_func ("/inconsistencies/role-in-holders-country", test_role_in_holders_country);
  g_test_add_func ("/inconsistencies/title-of-its-time", test_title_of_its_time);
  g_test_add_func ("/inconsistencies/stories-of-shared-ids", test_stories_of_shared_ids);
  g_test_add_func ("/inconsistencies/claims-read-back", test_claims_read_back);
  g_test_add_func ("/inconsistencies/spills-in-tmp-dir", test_spills_in_tmp_dir);
  return g_test_run ();
}
