<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Det gick inte att skapa demodata: %1</translation>
    </message>
    <message>
        <source>Created %1 with fictional deltagare.</source>
        <translation>Skapade %1 med påhittade deltagare.</translation>
    </message>
    <message>
        <source>%1: database version %2 (this program: %3), integrity ok.</source>
        <translation>%1: databasversion %2 (det här programmet: %3), integriteten är ok.</translation>
    </message>
    <message>
        <source>It will be updated when opened for editing.</source>
        <translation>Den uppdateras när den öppnas för redigering.</translation>
    </message>
    <message>
        <source>[protected]</source>
        <translation>[skyddad]</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Tilltro %1</source>
        <translation>Tilltro %1</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Underkommandot.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasfilen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>The language (sv, en).</source>
        <translation>Språket (sv, en).</translation>
    </message>
    <message>
        <source>Unexpected arguments: %1</source>
        <translation>Oväntade argument: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available yet in this version of Tilltro.</source>
        <translation>&apos;%1&apos; finns inte ännu i den här versionen av Tilltro.</translation>
    </message>
    <message>
        <source>%1 needs --database PATH.</source>
        <translation>%1 behöver --database PATH.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the lock file %1: %2</source>
        <translation>Det går inte att skapa låsfilen %1: %2</translation>
    </message>
    <message>
        <source>The database is already open in Tilltro by %1 on %2 (process %3, since %4). Close it there first.</source>
        <translation>Databasen är redan öppen i Tilltro hos %1 på %2 (process %3, sedan %4). Stäng den där först.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Det går inte att låsa %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Tilltro database. The file has not been changed.</source>
        <translation>%1 är inte en Tilltro-databas. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Tilltro (database version %2; this version understands up to %3). Update Tilltro to open it. The file has not been changed.</source>
        <translation>%1 är skapad av en nyare version av Tilltro (databasversion %2; den här versionen klarar upp till %3). Uppdatera Tilltro för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again in a moment.</source>
        <translation>Databasen används av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The database is read-only; the change was not saved.</source>
        <translation>Databasen är skrivskyddad. Ändringen sparades inte.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>Disken är full. Ändringen sparades inte. Frigör lite utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The database file could not be written (%1); the change was not saved.</source>
        <translation>Det gick inte att skriva till databasfilen (%1). Ändringen sparades inte.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation>Databasfilen är skadad (%1).</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored (%1).</source>
        <translation>Ändringen krockar med uppgifter som redan finns sparade (%1).</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasfel: %1</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
        <translation>%1 finns redan. Välj ett annat namn. En befintlig fil skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Det går inte att skapa mappen %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Det går inte att skapa %1: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 finns inte.</translation>
    </message>
    <message>
        <source>%1 is read-only. Open it read-only to look at it.</source>
        <translation>%1 är skrivskyddad. Öppna den skrivskyddad för att titta i den.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Det går inte att öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is from an older version of Tilltro and must be updated before it can be read; open it for editing once.</source>
        <translation>%1 kommer från en äldre version av Tilltro och måste uppdateras innan den kan läsas. Öppna den för redigering en gång.</translation>
    </message>
    <message>
        <source>Updating the database from version %1 failed; it was left as it was. %2</source>
        <translation>Det gick inte att uppdatera databasen från version %1. Den har lämnats som den var. %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2). The file has not been changed.</source>
        <translation>%1 är skadad eller inte en databas (%2). Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. The file has not been changed.</source>
        <translation>%1 är skadad: %2. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing was saved.</source>
        <translation>Databasen är öppen skrivskyddad. Inget sparades.</translation>
    </message>
</context>
<context>
    <name>Handledare</name>
    <message>
        <source>A handledare needs a name.</source>
        <translation>En handledare måste ha ett namn.</translation>
    </message>
</context>
<context>
    <name>HandledareDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Vem är du?</translation>
    </message>
    <message>
        <source>Tilltro records which case worker holds each assessment. Choose yourself from the list, or add yourself. You can change this later under File › Who am I.</source>
        <translation>Tilltro sparar vilken handledare som håller i varje skattning. Välj dig själv i listan eller lägg till dig. Du kan ändra det senare under Arkiv › Vem är jag.</translation>
    </message>
    <message>
        <source>I am &amp;already registered:</source>
        <translation>Jag är &amp;redan registrerad:</translation>
    </message>
    <message>
        <source>Registered case workers</source>
        <translation>Registrerade handledare</translation>
    </message>
    <message>
        <source>&amp;Add me as a new case worker:</source>
        <translation>&amp;Lägg till mig som ny handledare:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
</context>
<context>
    <name>Insats</name>
    <message>
        <source>An insats needs a start date.</source>
        <translation>En insats måste ha ett startdatum.</translation>
    </message>
    <message>
        <source>The insats ends before it starts.</source>
        <translation>Insatsen slutar innan den börjar.</translation>
    </message>
</context>
<context>
    <name>InsatsDialog</name>
    <message>
        <source>Intervention</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>A&amp;nordnare:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Började:</translation>
    </message>
    <message>
        <source>E&amp;nded:</source>
        <translation>&amp;Slutade:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>inte giltig JSON: %1</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>nyckeln %1 finns två gånger</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>fler än %1 nivåer djup</translation>
    </message>
    <message>
        <source>the instrument must be a JSON object ({...})</source>
        <translation>instrumentet måste vara ett JSON-objekt ({...})</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>måste vara 1 eller mer</translation>
    </message>
    <message>
        <source>must have at least %1 indicators: the radar chart needs three axes</source>
        <translation>måste ha minst %1 indikatorer: spindeldiagrammet behöver tre axlar</translation>
    </message>
    <message>
        <source>no question rates this indicator, so its radar axis would be empty</source>
        <translation>ingen fråga skattar den här indikatorn, så dess axel i spindeldiagrammet skulle bli tom</translation>
    </message>
    <message>
        <source>must be &quot;tilltro-instrument&quot;; this is not a Tilltro instrument</source>
        <translation>måste vara &quot;tilltro-instrument&quot;; det här är inte ett Tilltro-instrument</translation>
    </message>
    <message>
        <source>the instrument was made for a newer version of Tilltro (format version %1; this version reads %2). Update Tilltro to use it.</source>
        <translation>instrumentet är gjort för en nyare version av Tilltro (formatversion %1; den här versionen läser %2). Uppdatera Tilltro för att använda det.</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>måste vara %1</translation>
    </message>
    <message>
        <source>must be &quot;deltagare&quot; or &quot;handledare&quot;</source>
        <translation>måste vara &quot;deltagare&quot; eller &quot;handledare&quot;</translation>
    </message>
    <message>
        <source>%1 is not one of the instrument&apos;s indicators</source>
        <translation>%1 är inte en av instrumentets indikatorer</translation>
    </message>
    <message>
        <source>%1 already has a question for the %2 (%3)</source>
        <translation>%1 har redan en fråga för %2 (%3)</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot;: the question rates an indicator</source>
        <translation>måste vara &quot;numeric&quot;: frågan skattar en indikator</translation>
    </message>
    <message>
        <source>must be %1 like the other questions that rate an indicator (%2): the radar chart has one scale</source>
        <translation>måste vara %1 som för de andra frågorna som skattar en indikator (%2): spindeldiagrammet har en skala</translation>
    </message>
    <message>
        <source>%1 is not one of the instrument&apos;s nonAnswers</source>
        <translation>%1 är inte en av instrumentets nonAnswers</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 står med två gånger</translation>
    </message>
    <message>
        <source>must have at least one question</source>
        <translation>måste ha minst en fråga</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>måste vara större än min</translation>
    </message>
    <message>
        <source>must be at most %1 more than min</source>
        <translation>får vara högst %1 mer än min</translation>
    </message>
    <message>
        <source>%1 is also the key of a non-answer, so the two answers could not be told apart</source>
        <translation>%1 är också nyckeln för ett icke-svar, så de två svaren skulle inte gå att skilja åt</translation>
    </message>
    <message>
        <source>must have at least two options</source>
        <translation>måste ha minst två alternativ</translation>
    </message>
    <message>
        <source>must be &quot;numeric&quot; or &quot;choice&quot;</source>
        <translation>måste vara &quot;numeric&quot; eller &quot;choice&quot;</translation>
    </message>
    <message>
        <source>%1 is already the key of %2</source>
        <translation>%1 är redan nyckeln för %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>måste vara ett objekt ({...})</translation>
    </message>
    <message>
        <source>must be an array ([...])</source>
        <translation>måste vara en lista ([...])</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>måste vara en text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>%1 may contain only a-z, 0-9, _ and -</source>
        <translation>%1 får bara innehålla a-z, 0-9, _ och -</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>måste vara ett heltal från %1 till %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be an object of texts by language, e.g. {&quot;sv&quot;: &quot;...&quot;}</source>
        <translation>måste vara ett objekt med texter per språk, t.ex. {&quot;sv&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>must have a text in at least one language</source>
        <translation>måste ha en text på minst ett språk</translation>
    </message>
    <message>
        <source>%1 is not a language code such as &quot;sv&quot; or &quot;en&quot;</source>
        <translation>%1 är inte en språkkod som &quot;sv&quot; eller &quot;en&quot;</translation>
    </message>
    <message>
        <source>The instrument is %1 bytes; an instrument may be at most %2 bytes (4 MiB).</source>
        <translation>Instrumentet är %1 byte. Ett instrument får vara högst %2 byte (4 MiB).</translation>
    </message>
    <message>
        <source>The instrument is not valid JSON.</source>
        <translation>Instrumentet är inte giltig JSON.</translation>
    </message>
    <message>
        <source>The instrument is not valid: %1</source>
        <translation>Instrumentet är inte giltigt: %1</translation>
    </message>
    <message>
        <source>The instrument could not be read: %1</source>
        <translation>Det gick inte att läsa instrumentet: %1</translation>
    </message>
    <message>
        <source>The default instrument is missing from this build of Tilltro: %1</source>
        <translation>Standardinstrumentet saknas i den här versionen av Tilltro: %1</translation>
    </message>
    <message>
        <source>The database already holds a different instrument %1 version %2. Give the new wording a new version number.</source>
        <translation>Databasen innehåller redan ett annat instrument %1 version %2. Ge den nya formuleringen ett nytt versionsnummer.</translation>
    </message>
    <message>
        <source>The instrument version %1 is missing from the database.</source>
        <translation>Instrumentversion %1 saknas i databasen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tilltro</source>
        <translation>Tilltro</translation>
    </message>
    <message>
        <source>No database is open. Use File › New database… or File › Open… to begin.</source>
        <translation>Ingen databas är öppen. Börja med Arkiv › Ny databas… eller Arkiv › Öppna….</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Who am I…</source>
        <translation>&amp;Vem är jag…</translation>
    </message>
    <message>
        <source>Choose which case worker you are; new deltagare and assessments default to you</source>
        <translation>Välj vilken handledare du är. Nya deltagare och skattningar kopplas till dig från början</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>Show &amp;ended participations</source>
        <translation>Visa &amp;avslutade deltagare</translation>
    </message>
    <message>
        <source>&amp;About Tilltro</source>
        <translation>&amp;Om Tilltro</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <source>Open &amp;assessment</source>
        <translation>&amp;Öppna skattning</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Ny deltagare…</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+Shift+D)</source>
        <translation>Registrera en ny deltagare (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Redigera deltagare…</translation>
    </message>
    <message>
        <source>Edit the chosen participant (Ctrl+E)</source>
        <translation>Redigera den valda deltagaren (Ctrl+E)</translation>
    </message>
    <message>
        <source>New &amp;assessment…</source>
        <translation>Ny &amp;skattning…</translation>
    </message>
    <message>
        <source>Start the quarterly assessment for the chosen participant (Ctrl+N)</source>
        <translation>Starta kvartalets skattning för den valda deltagaren (Ctrl+N)</translation>
    </message>
    <message>
        <source>E&amp;nd participation…</source>
        <translation>&amp;Avsluta deltagande…</translation>
    </message>
    <message>
        <source>End the chosen participant&apos;s participation</source>
        <translation>Avsluta den valda deltagarens deltagande</translation>
    </message>
    <message>
        <source>&amp;Reopen participation</source>
        <translation>Återöppna &amp;deltagande</translation>
    </message>
    <message>
        <source>Reopen an ended participation</source>
        <translation>Återöppna ett avslutat deltagande</translation>
    </message>
</context>
<context>
    <name>Occasion</name>
    <message>
        <source>The occasion needs a date.</source>
        <translation>Skattningen måste ha ett datum.</translation>
    </message>
    <message>
        <source>The occasion no longer exists.</source>
        <translation>Skattningen finns inte längre.</translation>
    </message>
    <message>
        <source>%1 (participant)</source>
        <translation>%1 (deltagare)</translation>
    </message>
    <message>
        <source>%1 (case worker)</source>
        <translation>%1 (handledare)</translation>
    </message>
    <message>
        <source>Answer these before completing: %1.</source>
        <translation>Svara på de här frågorna innan du slutför: %1.</translation>
    </message>
    <message>
        <source>These answers are not valid: %1.</source>
        <translation>De här svaren är inte giltiga: %1.</translation>
    </message>
</context>
<context>
    <name>OccasionForm</name>
    <message>
        <source>Assessment</source>
        <translation>Skattning</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Case worker:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>Type a digit to answer and move on (0 = 10). V = Don&apos;t know, S = Prefer not to say, E = Not appropriate to ask. Tab moves, Ctrl+Return completes.</source>
        <translation>Skriv en siffra för att svara och gå vidare (0 = 10). V = Vet ej, S = Vill ej svara, E = Ej aktuellt att fråga. Tab flyttar, Ctrl+Retur slutför.</translation>
    </message>
    <message>
        <source>The participant&apos;s part</source>
        <translation>Deltagarens skattning</translation>
    </message>
    <message>
        <source>The case worker&apos;s part</source>
        <translation>Handledarens skattning</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Insatser</translation>
    </message>
    <message>
        <source>&amp;Add intervention…</source>
        <translation>&amp;Lägg till insats…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>&amp;Avsluta…</translation>
    </message>
    <message>
        <source>N&amp;otes (sensitive; left out of prints unless asked for):</source>
        <translation>A&amp;nteckningar (känsliga; tas bara med i utskrifter om du väljer det):</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation>Spara och s&amp;täng</translation>
    </message>
    <message>
        <source>&amp;Complete assessment</source>
        <translation>&amp;Slutför skattningen</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <source>A deltagare needs a code.</source>
        <translation>En deltagare måste ha en kod.</translation>
    </message>
    <message>
        <source>The code is longer than 40 characters.</source>
        <translation>Koden är längre än 40 tecken.</translation>
    </message>
    <message>
        <source>The personnummer is not valid: %1</source>
        <translation>Personnumret är inte giltigt: %1</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatumet är före startdatumet.</translation>
    </message>
    <message>
        <source>Choose why the participation ended.</source>
        <translation>Välj varför deltagandet avslutades.</translation>
    </message>
    <message>
        <source>The code %1 is already used by another deltagare.</source>
        <translation>Koden %1 används redan av en annan deltagare.</translation>
    </message>
    <message>
        <source>Another deltagare is already registered with this personnummer.</source>
        <translation>En annan deltagare är redan registrerad med det här personnumret.</translation>
    </message>
    <message>
        <source>The deltagare no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>A consent needs what it covers and a date.</source>
        <translation>Ett samtycke måste ha ett datum och uppgift om vad det gäller.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personnummer:</translation>
    </message>
    <message>
        <source>YYYYMMDD-NNNN (optional)</source>
        <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
    </message>
    <message>
        <source>Protected &amp;identity</source>
        <translation>Skyddad &amp;identitet</translation>
    </message>
    <message>
        <source>Name and personnummer are shown only here. Lists, prints and exports show the code instead.</source>
        <translation>Namn och personnummer visas bara här. Listor, utskrifter och exporter visar koden i stället.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltagande</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>&amp;Började:</translation>
    </message>
    <message>
        <source>Case wor&amp;ker:</source>
        <translation>&amp;Handledare:</translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation>Sl&amp;utade:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>O&amp;rsak:</translation>
    </message>
    <message>
        <source>Choose why it ended</source>
        <translation>Välj varför det avslutades</translation>
    </message>
    <message>
        <source>Another intervention</source>
        <translation>Annan insats</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation>Hoppat av</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>C&amp;onsent</source>
        <translation>&amp;Samtycke</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Lämnat</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation>&amp;Lägg till samtycke…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent</source>
        <translation>&amp;Återkalla samtycke</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nytt samtycke</translation>
    </message>
    <message>
        <source>Co&amp;vers:</source>
        <translation>&amp;Gäller:</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Utbyte av uppgifter</translation>
    </message>
    <message>
        <source>Wit&amp;h:</source>
        <translation>Med &amp;vem:</translation>
    </message>
    <message>
        <source>e.g. Arbetsförmedlingen</source>
        <translation>t.ex. Arbetsförmedlingen</translation>
    </message>
    <message>
        <source>Da&amp;te given:</source>
        <translation>Lämnat &amp;den:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>R&amp;egistrerat av:</translation>
    </message>
    <message>
        <source>Add to &amp;list</source>
        <translation>Lägg &amp;till i listan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close the form without adding (Esc)</source>
        <translation>Stäng formuläret utan att lägga till (Esc)</translation>
    </message>
</context>
<context>
    <name>Personnummer</name>
    <message>
        <source>No personnummer was entered.</source>
        <translation>Inget personnummer har skrivits in.</translation>
    </message>
    <message>
        <source>A personnummer has only one &apos;-&apos; or &apos;+&apos;.</source>
        <translation>Ett personnummer har bara ett &apos;-&apos; eller &apos;+&apos;.</translation>
    </message>
    <message>
        <source>A personnummer cannot contain spaces.</source>
        <translation>Ett personnummer kan inte innehålla mellanslag.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be part of a personnummer: use only digits and &apos;-&apos; (or &apos;+&apos; for people aged 100 or more).</source>
        <translation>&apos;%1&apos; kan inte ingå i ett personnummer: använd bara siffror och &apos;-&apos; (eller &apos;+&apos; för personer som är 100 år eller äldre).</translation>
    </message>
    <message>
        <source>A personnummer has 10 or 12 digits, not %1.</source>
        <translation>Ett personnummer har 10 eller 12 siffror, inte %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; can only stand right before the last four digits.</source>
        <translation>&apos;%1&apos; får bara stå direkt före de fyra sista siffrorna.</translation>
    </message>
    <message>
        <source>&apos;+&apos; is only used with 10 digits, for people aged 100 or more.</source>
        <translation>&apos;+&apos; används bara med 10 siffror, för personer som är 100 år eller äldre.</translation>
    </message>
    <message>
        <source>The month %1 does not exist.</source>
        <translation>Månaden %1 finns inte.</translation>
    </message>
    <message>
        <source>The day %1 does not exist (a samordningsnummer uses day 61 to 91).</source>
        <translation>Dagen %1 finns inte (ett samordningsnummer använder dag 61 till 91).</translation>
    </message>
    <message>
        <source>The date %1 does not exist (samordningsnummer: day %2 minus 60).</source>
        <translation>Datumet %1 finns inte (samordningsnummer: dag %2 minus 60).</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>Datumet %1 finns inte.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Födelsedatumet %1 ligger i framtiden.</translation>
    </message>
    <message>
        <source>The three digits after the date are never 000.</source>
        <translation>De tre siffrorna efter datumet är aldrig 000.</translation>
    </message>
    <message>
        <source>The check digit is wrong: expected %1.</source>
        <translation>Kontrollsiffran är fel: den borde vara %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quarterly SKAPA assessments and action plans.

Subcommands: demo, check, list, export-pdf, export-json, import-json, erase, backup (see the manual).</source>
        <translation>SKAPA-skattningar och handlingsplaner varje kvartal.

Underkommandon: demo, check, list, export-pdf, export-json, import-json, erase, backup (se handboken).</translation>
    </message>
    <message>
        <source>The database to open.</source>
        <translation>Databasen som ska öppnas.</translation>
    </message>
    <message>
        <source>The language (sv, en).</source>
        <translation>Språket (sv, en).</translation>
    </message>
</context>
<context>
    <name>tilltro::CaseloadModel</name>
    <message>
        <source>Ended %1</source>
        <translation>Avslutad %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>[protected]</source>
        <translation>[skyddad]</translation>
    </message>
    <message>
        <source>Protected identity: the name is shown only in the edit dialog.</source>
        <translation>Skyddad identitet: namnet visas bara i redigeringsdialogen.</translation>
    </message>
    <message>
        <source>No current consent for registration has been recorded.</source>
        <translation>Inget gällande samtycke till registrering finns sparat.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Case worker</source>
        <translation>Handledare</translation>
    </message>
    <message>
        <source>Last assessment</source>
        <translation>Senaste skattning</translation>
    </message>
    <message>
        <source>Next assessment due</source>
        <translation>Nästa skattning</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
</context>
<context>
    <name>tilltro::HandledareDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tilltro::InsatsDialog</name>
    <message>
        <source>job-oriented</source>
        <translation>jobbinriktad</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>kompetenshöjande</translation>
    </message>
    <message>
        <source>health</source>
        <translation>hälsoinriktad</translation>
    </message>
    <message>
        <source>social</source>
        <translation>social</translation>
    </message>
    <message>
        <source>New intervention</source>
        <translation>Ny insats</translation>
    </message>
    <message>
        <source>Edit intervention</source>
        <translation>Redigera insats</translation>
    </message>
</context>
<context>
    <name>tilltro::MainWindow</name>
    <message>
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Sök i deltagarlistan</translation>
    </message>
    <message>
        <source>Filter by code, name or case worker (Ctrl+F)</source>
        <translation>Filtrera på kod, namn eller handledare (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Det går inte att öppna databasen</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Det går inte att skapa databasen</translation>
    </message>
    <message>
        <source>Cannot read the caseload</source>
        <translation>Det går inte att läsa deltagarlistan</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro *.db)</source>
        <translation>Tilltro-databaser (*.tilltro *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Tilltro databases (*.tilltro *.db);;All files (*)</source>
        <translation>Tilltro-databaser (*.tilltro *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Tilltro — %1</source>
        <translation>Tilltro — %1</translation>
    </message>
    <message>
        <source>Tilltro</source>
        <translation>Tilltro</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltagare</numerusform>
            <numerusform>%n deltagare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad</numerusform>
            <numerusform>%n försenade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without consent</source>
        <translation>
            <numerusform>%n utan samtycke</numerusform>
            <numerusform>%n utan samtycke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n visas</numerusform>
            <numerusform>%n visas</numerusform>
        </translation>
    </message>
    <message>
        <source>The participant view comes in a later version of Tilltro.</source>
        <translation>Deltagarvyn kommer i en senare version av Tilltro.</translation>
    </message>
    <message>
        <source>About Tilltro</source>
        <translation>Om Tilltro</translation>
    </message>
    <message>
        <source>Tilltro %1</source>
        <translation>Tilltro %1</translation>
    </message>
    <message>
        <source>Tilltro helps case workers and participants hold the quarterly SKAPA assessment: both rate the employability indicators from the Danish BIP research, look at how the participant has moved, and agree an action plan towards work or studies.

BIP (Beskæftigelses Indikator Projektet) followed about 4,000 long-term unemployed people and found seven indicators that predict getting a job — the strongest being the case worker&apos;s own belief that the person will get one.

All data stays in the database file on this computer.</source>
        <translation>Tilltro hjälper handledare och deltagare att genomföra kvartalets SKAPA-skattning: båda skattar indikatorerna för anställningsbarhet från den danska BIP-forskningen, ser hur deltagaren har rört sig och kommer överens om en handlingsplan mot arbete eller studier.

BIP (Beskæftigelses Indikator Projektet) följde omkring 4 000 långtidsarbetslösa personer och fann sju indikatorer som förutsäger att man får ett arbete – den starkaste är handledarens egen tilltro till att personen kommer att få ett.

All data stannar i databasfilen på den här datorn.</translation>
    </message>
    <message>
        <source>No assessments yet</source>
        <translation>Inga skattningar ännu</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Det går inte att öppna skattningen</translation>
    </message>
    <message>
        <source>Cannot read the assessments</source>
        <translation>Det går inte att läsa skattningarna</translation>
    </message>
    <message>
        <source>Continue the draft?</source>
        <translation>Fortsätta med utkastet?</translation>
    </message>
    <message>
        <source>An assessment from %1 was started but not completed. Continue it?</source>
        <translation>En skattning från %1 påbörjades men slutfördes inte. Vill du fortsätta med den?</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Inget samtycke</translation>
    </message>
    <message>
        <source>No current consent for registration is recorded for %1. Start the assessment anyway?</source>
        <translation>Inget gällande samtycke till registrering finns sparat för %1. Vill du starta skattningen ändå?</translation>
    </message>
    <message>
        <source>Reopen participation</source>
        <translation>Återöppna deltagande</translation>
    </message>
    <message>
        <source>Reopen the participation of %1? The end date and reason are removed.</source>
        <translation>Vill du återöppna deltagandet för %1? Slutdatum och orsak tas bort.</translation>
    </message>
    <message>
        <source>Cannot reopen</source>
        <translation>Det går inte att återöppna</translation>
    </message>
</context>
<context>
    <name>tilltro::OccasionForm</name>
    <message>
        <source>Completed. Changes are saved and logged.</source>
        <translation>Klar. Ändringar sparas och loggas.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Ny skattning</translation>
    </message>
    <message>
        <source>The participant no longer exists.</source>
        <translation>Deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>Skattningen finns inte längre.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slutade</translation>
    </message>
    <message>
        <source>running</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>No intervention is running.</source>
        <translation>Ingen insats pågår.</translation>
    </message>
    <message>
        <source>Running: %1.</source>
        <translation>Pågår: %1.</translation>
    </message>
    <message>
        <source>No job-oriented intervention runs in parallel.</source>
        <translation>Ingen jobbinriktad insats pågår parallellt.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without any intervention in the last three months.</source>
        <translation>
            <numerusform>%n dag utan någon insats de senaste tre månaderna.</numerusform>
            <numerusform>%n dagar utan någon insats de senaste tre månaderna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1 Trying again…</source>
        <translation>Inte sparat: %1 Försöker igen…</translation>
    </message>
    <message>
        <source>Changes saved %1 (logged).</source>
        <translation>Ändringarna sparades %1 (loggat).</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Utkastet sparades %1.</translation>
    </message>
    <message>
        <source>The assessment could not be completed: it was not saved.</source>
        <translation>Det gick inte att slutföra skattningen eftersom den inte kunde sparas.</translation>
    </message>
    <message>
        <source>Assessment %1 — %2</source>
        <translation>Skattning %1 — %2</translation>
    </message>
    <message>
        <source>The changes could not be saved, so the form stays open. %1</source>
        <translation>Det gick inte att spara ändringarna, så formuläret är kvar öppet. %1</translation>
    </message>
</context>
<context>
    <name>tilltro::ParticipantDialog</name>
    <message>
        <source>This participant no longer exists.</source>
        <translation>Den här deltagaren finns inte längre.</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (inte längre aktiv)</translation>
    </message>
    <message>
        <source>No case worker</source>
        <translation>Ingen handledare</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Add the new consent to the list, or cancel it, before saving.</source>
        <translation>Lägg till det nya samtycket i listan eller avbryt det innan du sparar.</translation>
    </message>
    <message>
        <source>Registration in Tilltro</source>
        <translation>Registrering i Tilltro</translation>
    </message>
    <message>
        <source>Exchange of information</source>
        <translation>Utbyte av uppgifter</translation>
    </message>
    <message>
        <source>Exchange of information with %1</source>
        <translation>Utbyte av uppgifter med %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Say with whom information may be exchanged.</source>
        <translation>Skriv med vem uppgifter får utbytas.</translation>
    </message>
</context>
<context>
    <name>tilltro::RatingRow</name>
    <message>
        <source>Sensitive — left out of prints unless asked for</source>
        <translation>Känslig – tas bara med i utskrifter om du väljer det</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Tangent %1</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Inte besvarad än</translation>
    </message>
    <message>
        <source>Last time: %1</source>
        <translation>Förra gången: %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarad</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Svar: %1</translation>
    </message>
</context>
</TS>
