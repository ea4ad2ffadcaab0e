<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>AssignToEveryone</name>
    <message>
        <source>Save the feedback files in</source>
        <translation>Spara återkopplingsfilerna i</translation>
    </message>
</context>
<context>
    <name>AssignToEveryoneDialog</name>
    <message>
        <source>Assign an exercise to everyone</source>
        <translation>Ge alla en övning</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln people who took part in the session gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</source>
        <translation>
            <numerusform>Övningen går till den %Ln person som var med på träffen. Välj sedan en mapp: där sparas en återkopplingsfil för varje person, att skicka till dem.</numerusform>
            <numerusform>Övningen går till var och en av de %Ln personer som var med på träffen. Välj sedan en mapp: där sparas en återkopplingsfil för varje person, att skicka till dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln people in this cohort gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</source>
        <translation>
            <numerusform>Den enda personen i gruppen får övningen. Välj sedan en mapp: där sparas en återkopplingsfil som du skickar till hen.</numerusform>
            <numerusform>Alla %Ln personer i gruppen får övningen. Välj sedan en mapp: där sparas en återkopplingsfil för var och en, att skicka till dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign and save the files…</source>
        <translation>Ge övningen och spara filerna…</translation>
    </message>
    <message numerus="yes">
        <source>Exercise assigned; %Ln feedback file(s) saved in {folder}.</source>
        <translation>
            <numerusform>Övningen är given; %Ln återkopplingsfil sparad i {folder}.</numerusform>
            <numerusform>Övningen är given; %Ln återkopplingsfiler sparade i {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <source>Suggest three openers</source>
        <translation>Föreslå tre inledningar</translation>
    </message>
    <message>
        <source>Tighten</source>
        <translation>Stram upp</translation>
    </message>
    <message>
        <source>Closer to my voice</source>
        <translation>Mer med min egen röst</translation>
    </message>
    <message>
        <source>Translate to Finnish in my voice</source>
        <translation>Översätt till finska med min röst</translation>
    </message>
    <message>
        <source>Translate to Swedish in my voice</source>
        <translation>Översätt till svenska med min röst</translation>
    </message>
    <message>
        <source>Translate to English in my voice</source>
        <translation>Översätt till engelska med min röst</translation>
    </message>
    <message>
        <source>Questions that invite discussion</source>
        <translation>Frågor som bjuder in till diskussion</translation>
    </message>
    <message>
        <source>The writing assistant is unavailable: no language model server answers at {url}. Is it running?</source>
        <translation>Skrivassistenten är inte tillgänglig: ingen språkmodellserver svarar på {url}. Är den igång?</translation>
    </message>
    <message>
        <source>Something answers at {url}, but not a language model&apos;s API. Does the address end in /v1?</source>
        <translation>Något svarar på {url}, men inte en språkmodells API. Slutar adressen på /v1?</translation>
    </message>
    <message>
        <source>The server has no model called “{model}”. Choose one of its models in Settings.</source>
        <translation>Servern har ingen modell som heter ”{model}”. Välj en av dess modeller i Inställningar.</translation>
    </message>
    <message>
        <source>The server did not accept the API key. Check the key in Settings.</source>
        <translation>Servern godkände inte API-nyckeln. Kontrollera nyckeln i Inställningar.</translation>
    </message>
    <message>
        <source>The language model took too long to answer. Try again, or a smaller model.</source>
        <translation>Språkmodellen svarade för långsamt. Försök igen, eller prova en mindre modell.</translation>
    </message>
    <message>
        <source>The answer stopped half-way: the connection to the server broke.</source>
        <translation>Svaret avbröts halvvägs: anslutningen till servern bröts.</translation>
    </message>
    <message>
        <source>The server said: {detail}</source>
        <translation>Servern svarade: {detail}</translation>
    </message>
    <message>
        <source>Choose a server and a model in Settings → Writing assistant first.</source>
        <translation>Välj först en server och en modell under Inställningar → Skrivassistent.</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <source>What the assistant should do</source>
        <translation>Vad assistenten ska göra</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Show what is sent</source>
        <translation>Visa vad som skickas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The assistant&apos;s answer</source>
        <translation>Assistentens svar</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Vad som skickas</translation>
    </message>
    <message>
        <source>Show this before every request</source>
        <translation>Visa detta före varje begäran</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Skicka inte</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Förbereder begäran…</translation>
    </message>
    <message>
        <source>The assistant is writing… You can cancel at any moment.</source>
        <translation>Assistenten skriver… Du kan avbryta när som helst.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added to your draft.</source>
        <translation>Avbrutet. Ingenting lades till i ditt utkast.</translation>
    </message>
    <message>
        <source>The model sent back no text. Try again, or choose another model.</source>
        <translation>Modellen skickade ingen text. Försök igen, eller välj en annan modell.</translation>
    </message>
    <message>
        <source>Take what helps: nothing enters your draft until you click.</source>
        <translation>Ta det som hjälper: ingenting hamnar i ditt utkast förrän du klickar.</translation>
    </message>
    <message>
        <source>Write something first: the assistant works on your draft.</source>
        <translation>Skriv något först: assistenten arbetar med ditt utkast.</translation>
    </message>
    <message>
        <source>Suggestions from your language model. Nothing is sent until you ask, and nothing enters your draft until you click.</source>
        <translation>Förslag från din språkmodell. Ingenting skickas förrän du ber om det, och ingenting hamnar i ditt utkast förrän du klickar.</translation>
    </message>
    <message>
        <source>a server on this computer</source>
        <translation>en server på den här datorn</translation>
    </message>
    <message>
        <source>a server outside this computer</source>
        <translation>en server utanför den här datorn</translation>
    </message>
    <message>
        <source>This is exactly what will be sent to {url} ({where}), model {model}:</source>
        <translation>Exakt detta skickas till {url} ({where}), modell {model}:</translation>
    </message>
</context>
<context>
    <name>AssistantSettings</name>
    <message>
        <source>Press Test to list the server&apos;s models</source>
        <translation>Tryck på Testa för att se serverns modeller</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-nyckel:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testa</translation>
    </message>
    <message>
        <source>Ask the server for its models</source>
        <translation>Fråga servern vilka modeller den har</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Bara om servern kräver en</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Spara nyckeln</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Ta bort nyckeln</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>En nyckel finns sparad i systemets nyckelring.</translation>
    </message>
    <message>
        <source>No system keychain is available: the key is kept only until you close OwnVoice, never in a file.</source>
        <translation>Systemets nyckelring är inte tillgänglig: nyckeln sparas bara tills du stänger OwnVoice, aldrig i en fil.</translation>
    </message>
    <message>
        <source>No key saved. Servers on this computer need none.</source>
        <translation>Ingen nyckel sparad. Servrar på den här datorn behöver ingen.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Frågar servern…</translation>
    </message>
    <message>
        <source>The server answers, but offers no models yet.</source>
        <translation>Servern svarar men har ännu inga modeller.</translation>
    </message>
    <message>
        <source>The server answers. Its models: {models}.</source>
        <translation>Servern svarar. Dess modeller: {models}.</translation>
    </message>
    <message>
        <source>“{model}” is not one of them: choose one.</source>
        <translation>”{model}” finns inte bland dem: välj en av dem.</translation>
    </message>
    <message>
        <source>“{model}” is ready to use.</source>
        <translation>”{model}” är klar att använda.</translation>
    </message>
    <message>
        <source>Choose the model to use.</source>
        <translation>Välj vilken modell som ska användas.</translation>
    </message>
</context>
<context>
    <name>BenefitsStep</name>
    <message>
        <source>Find your benefits</source>
        <translation>Hitta dina fördelar</translation>
    </message>
    <message>
        <source>Being visible is easier when you know what&apos;s in it for you. Pick the lens closest to your work, then up to three benefits that matter to you.</source>
        <translation>Det är lättare att synas när du vet vad du själv får ut av det. Välj först det perspektiv som ligger närmast ditt arbete och sedan högst tre fördelar som är viktiga för dig.</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>Up to three benefits</source>
        <translation>Högst tre fördelar</translation>
    </message>
    <message>
        <source>{count} of {max} chosen</source>
        <translation>{count} av {max} valda</translation>
    </message>
    <message>
        <source>Three is plenty to start with. If this one matters more, untick another first.</source>
        <translation>Tre räcker gott till en början. Om den här är viktigare, avmarkera först någon annan.</translation>
    </message>
    <message>
        <source>Why does this matter to you? In your own words:</source>
        <translation>Varför är det här viktigt för dig? Med egna ord:</translation>
    </message>
    <message>
        <source>Why, in your own words</source>
        <translation>Varför, med egna ord</translation>
    </message>
    <message>
        <source>For example: I want customers to find me before they need me.</source>
        <translation>Till exempel: jag vill att kunderna ska hitta mig redan innan de behöver mig.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <source>Show as table: {chart}</source>
        <translation>Visa som tabell: {chart}</translation>
    </message>
    <message>
        <source>{chart}, as a table</source>
        <translation>{chart} som tabell</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>CheckAndPreview</name>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Your own voice</source>
        <translation>Din egen röst</translation>
    </message>
    <message>
        <source>Marked in the text:</source>
        <translation>Markerat i texten:</translation>
    </message>
    <message>
        <source>Responding to a text? Paste it to see how much of it your post repeats.</source>
        <translation>Svarar du på en text? Klistra in den, så ser du hur mycket av den ditt inlägg upprepar.</translation>
    </message>
    <message>
        <source>The text you respond to</source>
        <translation>Texten du svarar på</translation>
    </message>
    <message>
        <source>The company news or the colleague&apos;s post you respond to</source>
        <translation>Företagets nyhet eller kollegans inlägg som du svarar på</translation>
    </message>
    <message>
        <source>The check runs as you type.</source>
        <translation>Kontrollen görs medan du skriver.</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Dölj den</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Klistra in den här</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flags</source>
        <translation>
            <numerusform>%Ln anmärkning</numerusform>
            <numerusform>%Ln anmärkningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to flag. It reads like your own posts.</source>
        <translation>Inget att anmärka på. Texten låter som dina egna inlägg.</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Inget att anmärka på.</translation>
    </message>
    <message>
        <source>{words}, {sentences}. Language: {language}.</source>
        <translation>{words}, {sentences}. Språk: {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln ord</numerusform>
            <numerusform>%Ln ord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences</source>
        <translation>
            <numerusform>%Ln mening</numerusform>
            <numerusform>%Ln meningar</numerusform>
        </translation>
    </message>
    <message>
        <source>OwnVoice checks Finnish, Swedish and English: in this text it counts only the characters and the opening line before “…see more”.</source>
        <translation>OwnVoice granskar texter på finska, svenska och engelska: i den här texten räknar den bara tecknen och inledningen före ”…visa mer”.</translation>
    </message>
    <message>
        <source>Readability: {grade} (LIX {lix})</source>
        <translation>Läsbarhet: {grade} (LIX {lix})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln misspelt words, underlined in red: right-click one for suggestions, or to add it to your own words.</source>
        <translation>
            <numerusform>%Ln felstavat ord är understruket med rött. Högerklicka på det för att få förslag eller lägga till det bland dina egna ord.</numerusform>
            <numerusform>%Ln felstavade ord är understrukna med rött. Högerklicka på ett av dem för att få förslag eller lägga till det bland dina egna ord.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no voice profile in {language} yet, so this draft is not compared with your own posts. Import your posts on Your voice to compare.</source>
        <translation>Det finns ännu ingen röstprofil på {language}, så utkastet jämförs inte med dina egna inlägg. Importera dina inlägg under Din röst för att jämföra.</translation>
    </message>
    <message>
        <source>The language is not clear yet, so this draft is not compared with your own posts.</source>
        <translation>Språket är inte klart ännu, så utkastet jämförs inte med dina egna inlägg.</translation>
    </message>
    <message>
        <source>{share} of your draft repeats the source (marked). Readers have seen that already: what is your own view? What did you notice, or disagree with?</source>
        <translation>{share} av ditt utkast upprepar källtexten (markerat). Läsarna har redan sett det: vad tycker du själv? Vad lade du märke till, eller vad håller du inte med om?</translation>
    </message>
    <message>
        <source>{share} of your draft repeats the source: it is in your own words.</source>
        <translation>{share} av ditt utkast upprepar källtexten: du skriver med egna ord.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>ännu oklart</translation>
    </message>
</context>
<context>
    <name>CoachSection</name>
    <message>
        <source>Ask your coach about this draft</source>
        <translation>Fråga din coach om det här utkastet</translation>
    </message>
    <message>
        <source>This text goes in your next progress file, as it is now, and only this draft. Your coach can comment on passages and on the whole; the comments come back here.</source>
        <translation>Den här texten följer med din nästa framstegsfil, så som den ser ut nu, och bara det här utkastet. Din coach kan kommentera enskilda ställen och helheten; kommentarerna kommer tillbaka hit.</translation>
    </message>
    <message>
        <source>What goes to your coach</source>
        <translation>Det här skickas till din coach</translation>
    </message>
    <message>
        <source>Send with my next progress file</source>
        <translation>Skicka med min nästa framstegsfil</translation>
    </message>
    <message>
        <source>Would a second pair of eyes help? Send this draft to your coach: you see exactly what goes before it goes, and nothing else of your drafts leaves.</source>
        <translation>Skulle ett extra par ögon hjälpa? Skicka utkastet till din coach: du ser exakt vad som skickas innan det skickas, och inga andra utkast lämnar datorn.</translation>
    </message>
    <message>
        <source>Ask my coach…</source>
        <translation>Fråga min coach…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ta tillbaka</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Visa åtgärdade</translation>
    </message>
    <message>
        <source>Goes in your next progress file; then waiting for your coach&apos;s comments.</source>
        <translation>Följer med din nästa framstegsfil; sedan väntar du på din coachs kommentarer.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>din coach</translation>
    </message>
    <message numerus="yes">
        <source>Comments from {coach}: %Ln open.</source>
        <translation>
            <numerusform>Kommentarer från {coach}: %Ln öppen.</numerusform>
            <numerusform>Kommentarer från {coach}: %Ln öppna.</numerusform>
        </translation>
    </message>
    <message>
        <source>on the whole draft</source>
        <translation>om hela utkastet</translation>
    </message>
    <message>
        <source>the passage has changed since</source>
        <translation>stället har ändrats sedan dess</translation>
    </message>
    <message>
        <source>resolved on {day}</source>
        <translation>åtgärdad {day}</translation>
    </message>
    <message>
        <source>Show in the text</source>
        <translation>Visa i texten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Åtgärdad</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Öppna igen</translation>
    </message>
</context>
<context>
    <name>CoachSyncPanel</name>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Saved. The file drop link&apos;s key is in your system keychain.</source>
        <translation>Sparat. Nyckeln till inlämningslänken finns i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Saved. This computer has no system keychain, so the file drop link&apos;s key is kept only until you close OwnVoice.</source>
        <translation>Sparat. Den här datorn har ingen nyckelring i systemet, så nyckeln till inlämningslänken sparas bara tills du stänger OwnVoice.</translation>
    </message>
    <message>
        <source>Saved. The password is in your system keychain.</source>
        <translation>Sparat. Lösenordet finns i systemets nyckelring.</translation>
    </message>
    <message>
        <source>Saved. This computer has no system keychain, so the password is kept only until you close OwnVoice.</source>
        <translation>Sparat. Den här datorn har ingen nyckelring i systemet, så lösenordet sparas bara tills du stänger OwnVoice.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testar…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Anslutningen fungerar.</translation>
    </message>
    <message>
        <source>Coach sync is off. Files already sent stay on the server.</source>
        <translation>Synkningen med coachen är avstängd. Filer som redan skickats blir kvar på servern.</translation>
    </message>
    <message>
        <source>Company certificate file</source>
        <translation>Företagets certifikatfil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Coach sync</source>
        <translation>Synkning med coachen</translation>
    </message>
    <message>
        <source>Send your progress files to a folder your coach reads on your company&apos;s Nextcloud, ownCloud or other WebDAV server, and fetch their feedback. Optional: your data stays on this computer and works offline; the server gets copies.</source>
        <translation>Skicka dina framstegsfiler till en mapp som din coach läser på företagets Nextcloud-, ownCloud- eller annan WebDAV-server, och hämta coachens respons. Frivilligt: dina uppgifter stannar på den här datorn och fungerar utan nät; servern får kopior.</translation>
    </message>
    <message>
        <source>&amp;Kind of place:</source>
        <translation>&amp;Typ av plats:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>A&amp;nvändarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Company certificate file:</source>
        <translation>&amp;Företagets certifikatfil:</translation>
    </message>
    <message>
        <source>none for a file drop link</source>
        <translation>inget för en inlämningslänk</translation>
    </message>
    <message>
        <source>kept in the system keychain, not in settings</source>
        <translation>sparas i systemets nyckelring, inte i inställningarna</translation>
    </message>
    <message>
        <source>only if your IT gave you one</source>
        <translation>bara om IT-stödet har gett dig en</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>T&amp;esta anslutningen</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>Stäng a&amp;v</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Start → now</source>
        <translation>Början → nu</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Senast aktiv</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Vanornas styrka</translation>
    </message>
    <message>
        <source>Goals on track</source>
        <translation>Mål enligt plan</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <source>Drafts for you</source>
        <translation>Utkast till dig</translation>
    </message>
    <message>
        <source>File from</source>
        <translation>Fil från</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} av {total} klara</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Inget loggat</translation>
    </message>
    <message>
        <source>Quiet {days} days</source>
        <translation>Tyst i {days} dagar</translation>
    </message>
    <message>
        <source>A goal behind</source>
        <translation>Ett mål efter</translation>
    </message>
    <message>
        <source>No public action logged yet.</source>
        <translation>Ingen offentlig handling loggad ännu.</translation>
    </message>
    <message>
        <source>No public action for {days} days.</source>
        <translation>Ingen offentlig handling på {days} dagar.</translation>
    </message>
    <message>
        <source>A goal is behind.</source>
        <translation>Ett mål ligger efter.</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>Open a folder of progress files</source>
        <translation>Öppna en mapp med framstegsfiler</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Mapp: {folder}</translation>
    </message>
    <message>
        <source>The folder could not be read: {reason}</source>
        <translation>Mappen kunde inte läsas: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read; the rest of the folder is shown:</source>
        <translation>
            <numerusform>%Ln fil kunde inte läsas; resten av mappen visas:</numerusform>
            <numerusform>%Ln filer kunde inte läsas; resten av mappen visas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Inte öppnad</translation>
    </message>
    <message>
        <source>The file could not be read again: {reason}</source>
        <translation>Filen kunde inte läsas på nytt: {reason}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your name, as the people you coach will see it with your feedback:</source>
        <translation>Ditt namn, så som de du coachar ser det med din återkoppling:</translation>
    </message>
    <message>
        <source>Save a feedback file</source>
        <translation>Spara en återkopplingsfil</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-filer (*.ownvoice)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entries for {name} in {file}.</source>
        <translation>
            <numerusform>Sparade %Ln anteckning för {name} i {file}.</numerusform>
            <numerusform>Sparade %Ln anteckningar för {name} i {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>this person</source>
        <translation>den här personen</translation>
    </message>
    <message>
        <source>Save the cohort summary</source>
        <translation>Spara gruppens sammanfattning</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Sparade {file}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Filen kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Öppna mapp…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Sök en person</translation>
    </message>
    <message>
        <source>Only those needing attention</source>
        <translation>Bara de som behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Assign an exercise to everyone…</source>
        <translation>Ge alla en övning…</translation>
    </message>
    <message>
        <source>Group file…</source>
        <translation>Gruppfil…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Gruppträffar</translation>
    </message>
    <message>
        <source>People in the cohort</source>
        <translation>Personer i gruppen</translation>
    </message>
    <message>
        <source>The people you coach share their progress as files (.ownvoice), from OwnVoice → Share progress with your coach. Put them in one folder, a shared one or your own, and open it here: the newest file of each person counts. What you write back goes to them as a feedback file.</source>
        <translation>De du coachar delar sina framsteg som filer (.ownvoice) via OwnVoice → Dela framsteg med din coach. Samla dem i en mapp, en delad eller din egen, och öppna den här: varje persons senaste fil gäller. Det du skriver tillbaka går till dem som en återkopplingsfil.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Your first survey ({first}) next to your latest re-take ({latest}). The survey placed you at {before} then and at {after} in the re-take.</source>
        <translation>Din första enkät ({first}) bredvid den senaste omgången ({latest}). Enkäten placerade dig då på nivån {before} och i den senaste omgången på nivån {after}.</translation>
    </message>
    <message>
        <source>On the ladder, from what you log, your stage now is {stage}.</source>
        <translation>På stegen, utifrån det du loggar, är din nivå nu {stage}.</translation>
    </message>
    <message>
        <source>How often you…</source>
        <translation>Hur ofta du…</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>I början</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>↑ more often</source>
        <translation>↑ oftare</translation>
    </message>
    <message>
        <source>↓ less often</source>
        <translation>↓ mer sällan</translation>
    </message>
    <message>
        <source>= the same</source>
        <translation>= oförändrat</translation>
    </message>
    <message>
        <source>Once you have taken the survey of your habits, you can retake it every quarter and see here how your habits have changed since the start.</source>
        <translation>När du har gjort enkäten om dina vanor kan du göra den på nytt varje kvartal och se här hur dina vanor har förändrats sedan början.</translation>
    </message>
    <message>
        <source>Every quarter you can retake the survey of your habits; then you see here how they have changed since the start. Your next re-take is due on {day}.</source>
        <translation>Varje kvartal kan du göra enkäten om dina vanor på nytt, och här ser du sedan hur de har förändrats sedan början. Nästa gång är det dags {day}.</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <source>Include in my voice</source>
        <translation>Ingår i min skrivstil</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Your data</source>
        <translation>Dina uppgifter</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopiera sökvägen</translation>
    </message>
    <message>
        <source>Check for damage</source>
        <translation>Sök efter skador</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Dina uppgifter öppnas…</translation>
    </message>
    <message>
        <source>Database: {size}, schema revision {revision}, created {date}.</source>
        <translation>Databas: {size}, schemaversion {revision}, skapad {date}.</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Inga skador hittades.</translation>
    </message>
    <message>
        <source>SQLite found problems: {details}</source>
        <translation>SQLite hittade problem: {details}</translation>
    </message>
    <message>
        <source>Chosen with --data-dir for this session.</source>
        <translation>Vald med --data-dir för den här sessionen.</translation>
    </message>
    <message>
        <source>Chosen with the OWNVOICE_HOME environment variable.</source>
        <translation>Vald med miljövariabeln OWNVOICE_HOME.</translation>
    </message>
    <message>
        <source>Everything OwnVoice keeps is in this folder, on this computer only.</source>
        <translation>Allt som OwnVoice sparar finns i den här mappen, bara på den här datorn.</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Sökvägen har kopierats</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerar…</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <source>The journey (weekly stages and milestones) is behind the activity log.</source>
        <translation>Din resa (veckornas nivåer och erkännanden) är inte uppdaterad med dina loggade aktiviteter.</translation>
    </message>
    <message>
        <source>The voice profile is behind your texts.</source>
        <translation>Din skrivstil är inte uppdaterad med dina texter.</translation>
    </message>
    <message>
        <source>The languages of your texts are to be recognised again after the upgrade.</source>
        <translation>Språket i dina texter ska kännas igen på nytt efter uppdateringen.</translation>
    </message>
    <message>
        <source>Your texts are stored; the journey will be updated on the next start.</source>
        <translation>Dina texter har sparats; din resa uppdateras nästa gång OwnVoice startas.</translation>
    </message>
    <message>
        <source>The import was stored ({texts} new texts, {activities} new activities); the journey will be updated on the next start.</source>
        <translation>Importen sparades ({texts} nya texter, {activities} nya loggade aktiviteter); din resa uppdateras nästa gång OwnVoice startas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
</context>
<context>
    <name>DraftCommentDialog</name>
    <message>
        <source>The whole draft</source>
        <translation>Hela utkastet</translation>
    </message>
    <message>
        <source>Comments on “{title}”</source>
        <translation>Kommentarer till ”{title}”</translation>
    </message>
    <message>
        <source>Choose a passage in the text and comment on it, or comment on the whole draft. Your comments go in their next feedback file, beside the draft.</source>
        <translation>Markera ett ställe i texten och kommentera det, eller kommentera hela utkastet. Dina kommentarer följer med personens nästa återkopplingsfil, bredvid utkastet.</translation>
    </message>
    <message>
        <source>The draft as sent</source>
        <translation>Utkastet så som det skickades</translation>
    </message>
    <message>
        <source>Your comments</source>
        <translation>Dina kommentarer</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Din kommentar</translation>
    </message>
    <message>
        <source>Comment on the chosen passage</source>
        <translation>Kommentera det markerade stället</translation>
    </message>
    <message>
        <source>Comment on the whole draft</source>
        <translation>Kommentera hela utkastet</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>A working title, for you</source>
        <translation>Arbetsrubrik, bara för dig</translation>
    </message>
    <message>
        <source>Working title</source>
        <translation>Arbetsrubrik</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>A first line to start from</source>
        <translation>En första rad att börja från</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>För över till ett annat nätverk</translation>
    </message>
    <message>
        <source>The %1 version has text of its own. Replace it with the %2 text?</source>
        <translation>Versionen för %1 har redan egen text. Vill du ersätta den med texten för %2?</translation>
    </message>
    <message>
        <source>Insert starter</source>
        <translation>Infoga inledning</translation>
    </message>
</context>
<context>
    <name>DraftTexts</name>
    <message>
        <source>“{text}” is a stock phrase. How would you say it to a colleague over coffee?</source>
        <translation>”{text}” är en kliché. Hur skulle du säga det till en kollega över en kopp kaffe?</translation>
    </message>
    <message>
        <source>“{text}” sounds like the company&apos;s marketing. Say what you think of it yourself.</source>
        <translation>”{text}” låter som företagets marknadsföring. Säg vad du själv tycker om det.</translation>
    </message>
    <message>
        <source>There is no “I” in this post. Add what you saw, did or think: that is why people read it.</source>
        <translation>Det finns inget ”jag” i inlägget. Berätta vad du såg, gjorde eller tycker: det är därför folk läser.</translation>
    </message>
    <message>
        <source>“{text}” and the other “we” words speak for the company, and nothing says “I”. Say what you yourself did, saw or think.</source>
        <translation>”{text}” och de andra vi-orden talar för företaget, och inget säger ”jag”. Berätta vad du själv gjorde, såg eller tycker.</translation>
    </message>
    <message>
        <source>LIX {lix}: very hard to read. Shorter sentences and everyday words help; the hardest sentences are marked.</source>
        <translation>LIX {lix}: mycket svårläst. Kortare meningar och vardagliga ord hjälper; de svåraste meningarna är markerade.</translation>
    </message>
    <message>
        <source>Nothing invites a reply. End with a question, or ask for others&apos; experience.</source>
        <translation>Inget bjuder in till svar. Avsluta med en fråga, eller fråga efter andras erfarenheter.</translation>
    </message>
    <message>
        <source>This sentence has {words} words (more than {limit}). Try splitting it in two.</source>
        <translation>Meningen har {words} ord (fler än {limit}). Prova att dela den i två.</translation>
    </message>
    <message>
        <source>“{text}” is on your list of sensitive words. Check it may be said in public.</source>
        <translation>”{text}” finns på din lista över känsliga ord. Kontrollera att det får sägas offentligt.</translation>
    </message>
    <message>
        <source>This is about {employer}&apos;s business. Say that you work there, so readers know.</source>
        <translation>Det här gäller verksamheten på {employer}. Berätta att du jobbar där, så att läsarna vet det.</translation>
    </message>
    <message>
        <source>Styled letters are read badly by screen readers and break search. Plain text: “{plain}”.</source>
        <translation>Skärmläsare läser stiliserade bokstäver dåligt, och sökningar hittar dem inte. Som vanlig text: ”{plain}”.</translation>
    </message>
    <message>
        <source>{count} passive verbs: nobody in particular does anything. Say who did it, you yourself if it was you.</source>
        <translation>{count} verb i passiv form: ingen särskild gör något. Säg vem som gjorde det – du själv, om det var du.</translation>
    </message>
    <message>
        <source>{count} actions turned into nouns or long compounds: the text reads like a report. Say it with verbs.</source>
        <translation>{count} handlingar har blivit substantiv eller långa sammansättningar, och texten låter som en rapport. Säg det med verb.</translation>
    </message>
    <message>
        <source>Stock phrase</source>
        <translation>Kliché</translation>
    </message>
    <message>
        <source>Sounds like marketing</source>
        <translation>Låter som marknadsföring</translation>
    </message>
    <message>
        <source>No personal angle</source>
        <translation>Ingen personlig vinkel</translation>
    </message>
    <message>
        <source>Speaks as the company</source>
        <translation>Talar som företaget</translation>
    </message>
    <message>
        <source>Very hard to read</source>
        <translation>Mycket svårläst</translation>
    </message>
    <message>
        <source>No invitation to discuss</source>
        <translation>Ingen inbjudan till diskussion</translation>
    </message>
    <message>
        <source>Very long sentence</source>
        <translation>Mycket lång mening</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>Känsligt ord</translation>
    </message>
    <message>
        <source>Mention your employer</source>
        <translation>Nämn din arbetsgivare</translation>
    </message>
    <message>
        <source>Styled letters</source>
        <translation>Stiliserade bokstäver</translation>
    </message>
    <message>
        <source>Many passive verbs</source>
        <translation>Mycket passiv form</translation>
    </message>
    <message>
        <source>Nouns instead of verbs</source>
        <translation>Substantiv i stället för verb</translation>
    </message>
    <message>
        <source>Sentence length (words)</source>
        <translation>Meningslängd (ord)</translation>
    </message>
    <message>
        <source>Readability (LIX)</source>
        <translation>Läsbarhet (LIX)</translation>
    </message>
    <message>
        <source>Share of long words</source>
        <translation>Andel långa ord</translation>
    </message>
    <message>
        <source>“I” rather than “we”</source>
        <translation>”Jag” snarare än ”vi”</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Exclamation marks</source>
        <translation>Utropstecken</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emojier</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Hashtaggar</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <source>Length (characters)</source>
        <translation>Längd (tecken)</translation>
    </message>
    <message>
        <source>like your own posts (usually {range})</source>
        <translation>som i dina egna inlägg (oftast {range})</translation>
    </message>
    <message>
        <source>less than in your own posts (usually {range})</source>
        <translation>mindre än i dina egna inlägg (oftast {range})</translation>
    </message>
    <message>
        <source>more than in your own posts (usually {range})</source>
        <translation>mer än i dina egna inlägg (oftast {range})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>{low}–{high}</source>
        <translation>{low}–{high}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>mycket lätt</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>lätt</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medelsvår</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>svår</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>mycket svår</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internt</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogg</translation>
    </message>
    <message>
        <source>Stock phrase or marketing</source>
        <translation>Kliché eller marknadsföring</translation>
    </message>
    <message>
        <source>The company’s “we”</source>
        <translation>Företagets ”vi”</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Svårläst</translation>
    </message>
    <message>
        <source>Check before posting</source>
        <translation>Kontrollera före publicering</translation>
    </message>
    <message>
        <source>Repeats the source</source>
        <translation>Upprepar källtexten</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Över gränsen</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>New idea…</source>
        <translation>Ny idé…</translation>
    </message>
    <message>
        <source>Capture an idea for a post</source>
        <translation>Skriv upp en idé till ett inlägg</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Write</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <source>No drafts yet. Jot down an idea on the left, or press New to start writing. As you type, OwnVoice checks that the text sounds like you and fits each network. It never posts anything: when you are ready, copy the text or open the network&apos;s own page.</source>
        <translation>Inga utkast ännu. Skriv upp en idé till vänster, eller tryck på Ny för att börja skriva. Medan du skriver kontrollerar OwnVoice att texten låter som du och passar i varje tjänst. Appen publicerar aldrig något: när du är klar kopierar du texten eller öppnar tjänstens egen sida.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planera</translation>
    </message>
    <message>
        <source>Restored what you typed before OwnVoice closed unexpectedly.</source>
        <translation>Det du skrev innan OwnVoice stängdes oväntat har återställts.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Exportera planen</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>The plan is saved in {file}.</source>
        <translation>Planen är sparad i {file}.</translation>
    </message>
    <message>
        <source>The plan could not be saved in {file}: {reason}</source>
        <translation>Planen kunde inte sparas i {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Comment…</source>
        <translation>Kommentera…</translation>
    </message>
    <message>
        <source>Drafts sent for your comments</source>
        <translation>Utkast som skickats för dina kommentarer</translation>
    </message>
    <message>
        <source>No draft waits for your comments.</source>
        <translation>Inga utkast väntar på dina kommentarer.</translation>
    </message>
    <message>
        <source>Drafts they sent for your comments; only these left their computer.</source>
        <translation>Utkast som personen skickat för dina kommentarer; bara dessa har lämnat hens dator.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) written</source>
        <translation>
            <numerusform>%Ln kommentar skriven</numerusform>
            <numerusform>%Ln kommentarer skrivna</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>väntar på dig</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan rubrik)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OwnVoice cannot use {path}.</source>
        <translation>OwnVoice kan inte använda {path}.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of OwnVoice (database revision {revision}). Update OwnVoice to open it; the file has been left as it is.</source>
        <translation>{path} har sparats av en nyare version av OwnVoice (databasversion {revision}). Uppdatera OwnVoice för att öppna den. Filen har lämnats orörd.</translation>
    </message>
    <message>
        <source>{path} is not an OwnVoice database. Move it away, or choose another data folder with --data-dir.</source>
        <translation>{path} är inte en OwnVoice-databas. Flytta undan den eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({detail}). Restore a copy from the backups folder beside it (ownvoice doctor names the newest), or move the file away to start afresh.</source>
        <translation>{path} är skadad och kan inte läsas ({detail}). Återställ en kopia från mappen backups bredvid den (ownvoice doctor anger den nyaste), eller flytta undan filen för att börja om.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a database file at all. Restore a copy from the backups folder beside it (ownvoice doctor names the newest), or move the file away to start afresh.</source>
        <translation>{path} är skadad eller är ingen databasfil alls. Återställ en kopia från mappen backups bredvid den (ownvoice doctor anger den nyaste), eller flytta undan filen för att börja om.</translation>
    </message>
    <message>
        <source>{path} is in use by another program: another OwnVoice is writing to it and did not finish in time. Try again in a moment, or close the other OwnVoice.</source>
        <translation>{path} används av ett annat program: en annan OwnVoice skriver till den och blev inte klar i tid. Försök igen om en stund, eller stäng den andra OwnVoice.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the last change was not saved. Free some space and try again.</source>
        <translation>Disken där {path} finns är full, så den senaste ändringen sparades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path} (a disk I/O error). Check that the disk is connected and healthy, then run ownvoice doctor.</source>
        <translation>Disken kunde inte läsa eller skriva {path} (ett I/O-fel på disken). Kontrollera att disken är ansluten och frisk, och kör sedan ownvoice doctor.</translation>
    </message>
    <message>
        <source>OwnVoice may not write to {path}: it is read-only. Make it writable for you (ownvoice doctor --repair does this), or choose another data folder with --data-dir.</source>
        <translation>OwnVoice får inte skriva till {path}: den är skrivskyddad. Ge dig själv skrivrätt (ownvoice doctor --repair gör det), eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>OwnVoice may not open the folder {path} (permission denied). Give it back to you (ownvoice doctor --repair does this), or choose another data folder with --data-dir.</source>
        <translation>OwnVoice får inte öppna mappen {path} (åtkomst nekad). Ge dig själv åtkomst igen (ownvoice doctor --repair gör det), eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>{path} is a file, but OwnVoice keeps its data in a folder there. Move the file away, or choose another data folder with --data-dir.</source>
        <translation>{path} är en fil, men OwnVoice har sina data i en mapp på det stället. Flytta undan filen, eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>{path} is a folder, but OwnVoice keeps its database in a file there. Move the folder away, or choose another data folder with --data-dir.</source>
        <translation>{path} är en mapp, men OwnVoice har sin databas i en fil på det stället. Flytta undan mappen, eller välj en annan datamapp med --data-dir.</translation>
    </message>
    <message>
        <source>OwnVoice could not upgrade {path} to this version ({detail}); the file was left as it was. A copy from before the upgrade is {backup}; ownvoice doctor names it too.</source>
        <translation>OwnVoice kunde inte uppgradera {path} till den här versionen ({detail}); filen lämnades som den var. En kopia från före uppgraderingen finns i {backup}; ownvoice doctor anger den också.</translation>
    </message>
    <message>
        <source>OwnVoice ran into a bug. Your data is safe; what you were doing may not have been saved. The details are in {log}.</source>
        <translation>Ett fel uppstod i OwnVoice. Dina uppgifter är i säkerhet, men det du just gjorde har kanske inte sparats. Närmare uppgifter finns i {log}.</translation>
    </message>
    <message>
        <source>(This happened {n} times.)</source>
        <translation>(Det här hände {n} gånger.)</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cohort on {day}</source>
        <translation>Gruppen {day}</translation>
    </message>
    <message>
        <source>People coached: {n}</source>
        <translation>Coachade personer: {n}</translation>
    </message>
    <message>
        <source>Moved up: {up}. Stayed: {same}. Moved down: {down}.</source>
        <translation>Steg uppåt: {up}. Stannade: {same}. Steg nedåt: {down}.</translation>
    </message>
    <message>
        <source>From the stage at the start (rows) to the stage now</source>
        <translation>Från nivån i början (rader) till nivån nu</translation>
    </message>
    <message>
        <source>Not surveyed</source>
        <translation>Ingen enkät</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Start → now</source>
        <translation>Början → nu</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Senast aktiv</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Vanornas styrka</translation>
    </message>
    <message>
        <source>Goals on track</source>
        <translation>Mål enligt plan</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Behöver uppmärksamhet</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Filer som inte kunde läsas</translation>
    </message>
    <message>
        <source>Public actions of the cohort by month</source>
        <translation>Gruppens offentliga handlingar per månad</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Övningar gjorda</translation>
    </message>
    <message>
        <source>Goals proposed: accepted / changed / declined</source>
        <translation>Föreslagna mål: godkända / ändrade / avböjda</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail}).</source>
        <translation>{file} kan inte läsas ({detail}).</translation>
    </message>
    <message>
        <source>{file} is not an OwnVoice file.</source>
        <translation>{file} är ingen OwnVoice-fil.</translation>
    </message>
    <message>
        <source>{file} is far larger than an OwnVoice file can be ({detail}); not opened.</source>
        <translation>{file} är mycket större än en OwnVoice-fil kan vara ({detail}); den öppnades inte.</translation>
    </message>
    <message>
        <source>{file} contains a name that points outside it ({detail}); not opened.</source>
        <translation>{file} innehåller ett namn som pekar utanför den ({detail}); den öppnades inte.</translation>
    </message>
    <message>
        <source>{file} is not an OwnVoice file (no manifest).</source>
        <translation>{file} är ingen OwnVoice-fil (manifest saknas).</translation>
    </message>
    <message>
        <source>{file} was made by a newer OwnVoice (format {detail}). Please update OwnVoice to open it.</source>
        <translation>{file} gjordes med en nyare OwnVoice (format {detail}). Uppdatera OwnVoice för att öppna den.</translation>
    </message>
    <message>
        <source>{file} is not what was expected here ({detail}).</source>
        <translation>{file} är inte vad som väntades här ({detail}).</translation>
    </message>
    <message>
        <source>{file} is incomplete: {detail} is missing.</source>
        <translation>{file} är ofullständig: {detail} saknas.</translation>
    </message>
    <message>
        <source>{file} was changed or damaged after it was made ({detail} does not match its checksum); not opened.</source>
        <translation>{file} har ändrats eller skadats efter att den gjordes ({detail} stämmer inte med sin kontrollsumma); den öppnades inte.</translation>
    </message>
    <message>
        <source>{file} is damaged: {detail} is not valid JSON.</source>
        <translation>{file} är skadad: {detail} är inte giltig JSON.</translation>
    </message>
    <message>
        <source>{file} is feedback for someone else ({detail}); nothing was imported.</source>
        <translation>{file} är återkoppling till någon annan ({detail}); inget importerades.</translation>
    </message>
    <message>
        <source>{file} does not hold what an OwnVoice file should ({detail}).</source>
        <translation>{file} innehåller inte det som en OwnVoice-fil ska ({detail}).</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Framsteg: {name}</translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>någon som inte angav sitt namn</translation>
    </message>
    <message>
        <source>Made with OwnVoice on {day}.</source>
        <translation>Gjord med OwnVoice {day}.</translation>
    </message>
    <message>
        <source>Stage on the ladder</source>
        <translation>Nivå på stegen</translation>
    </message>
    <message>
        <source>Now: {stage}</source>
        <translation>Nu: {stage}</translation>
    </message>
    <message>
        <source>At the start: {stage}</source>
        <translation>I början: {stage}</translation>
    </message>
    <message>
        <source>Highest reached: {stage}</source>
        <translation>Högsta uppnådda: {stage}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Vanor</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Vana</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Streak (best)</source>
        <translation>Svit (bästa)</translation>
    </message>
    <message>
        <source>Done in the last 30 days</source>
        <translation>Gjort de senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Aktivitet per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>Journal entries shared with the coach</source>
        <translation>Dagboksanteckningar delade med coachen</translation>
    </message>
    <message>
        <source>Drafts shared with the coach</source>
        <translation>Utkast delade med coachen</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Inget ännu.</translation>
    </message>
    <message>
        <source>Exercises from the coach</source>
        <translation>Övningar från coachen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Klar {day}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>{count} of {target} logged</source>
        <translation>{count} av {target} loggade</translation>
    </message>
    <message>
        <source>agreed with the coach</source>
        <translation>överenskommet med coachen</translation>
    </message>
    <message>
        <source>Goals the coach proposed</source>
        <translation>Mål som coachen föreslagit</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Accepted on {day}</source>
        <translation>Godkänt {day}</translation>
    </message>
    <message>
        <source>Changed and accepted on {day}: {goal}</source>
        <translation>Ändrat och godkänt {day}: {goal}</translation>
    </message>
    <message>
        <source>Declined on {day}</source>
        <translation>Nej tack {day}</translation>
    </message>
    <message>
        <source>Drafts sent for the coach&apos;s comments</source>
        <translation>Utkast som skickats för coachens kommentarer</translation>
    </message>
    <message>
        <source>Sent on {day}</source>
        <translation>Skickat {day}</translation>
    </message>
    <message>
        <source>Your answers on sharing your posts with the group</source>
        <translation>Dina svar om att dela dina inlägg med gruppen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Yes, with my name</source>
        <translation>Ja, med mitt namn</translation>
    </message>
    <message>
        <source>Yes, without my name</source>
        <translation>Ja, utan mitt namn</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes taken back</source>
        <translation>Jag tog tillbaka mitt ja</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Write your own…</source>
        <translation>Skriv en egen…</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Övning:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Vad ska göras:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Senast:</translation>
    </message>
    <message>
        <source>A short name for the exercise</source>
        <translation>Ett kort namn på övningen</translation>
    </message>
</context>
<context>
    <name>ExercisesCard</name>
    <message>
        <source>Exercises from your coach</source>
        <translation>Övningar från din coach</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Done: {exercise}</source>
        <translation>Klar: {exercise}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Senast {day}</translation>
    </message>
    <message>
        <source>Was due {day}</source>
        <translation>Skulle vara klar {day}</translation>
    </message>
    <message>
        <source>{count} of {target} logged so far</source>
        <translation>{count} av {target} loggade hittills</translation>
    </message>
    <message>
        <source>from {coach}</source>
        <translation>från {coach}</translation>
    </message>
    <message>
        <source>Exercise done. Well done!</source>
        <translation>Övningen är klar. Bra jobbat!</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>Assign</source>
        <translation>Ge övningen</translation>
    </message>
    <message>
        <source>Exercises and how they stand</source>
        <translation>Övningar och hur de går</translation>
    </message>
    <message>
        <source>{done} of {total} done, as their newest file says.</source>
        <translation>{done} av {total} klara enligt den senaste filen.</translation>
    </message>
    <message>
        <source>No exercise in their newest file yet.</source>
        <translation>Ännu inga övningar i den senaste filen.</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>senast {day}</translation>
    </message>
    <message>
        <source>done on {day}</source>
        <translation>klar {day}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>{count} of {target} logged</source>
        <translation>{count} av {target} loggade</translation>
    </message>
</context>
<context>
    <name>ExpertiseStep</name>
    <message>
        <source>Your expertise profile</source>
        <translation>Din expertprofil</translation>
    </message>
    <message>
        <source>What do you know well, and who should hear about it? A clear focus makes it much easier to know what to say.</source>
        <translation>Vad kan du bra, och vem borde få höra om det? Med ett tydligt fokus är det mycket lättare att veta vad du ska säga.</translation>
    </message>
    <message>
        <source>Your topics, {low} to {high}: type one and press Enter</source>
        <translation>Dina ämnen, {low} till {high}: skriv ett och tryck på Enter</translation>
    </message>
    <message>
        <source>Who do you want to reach?</source>
        <translation>Vem vill du nå?</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>For example: facility managers and property owners in Finland</source>
        <translation>Till exempel: fastighetschefer och fastighetsägare i Finland</translation>
    </message>
    <message>
        <source>Where will you be active?</source>
        <translation>Var tänker du vara aktiv?</translation>
    </message>
    <message>
        <source>Which languages do you post in?</source>
        <translation>På vilka språk publicerar du?</translation>
    </message>
    <message>
        <source>Time budget: hours a week</source>
        <translation>Tidsbudget: timmar i veckan</translation>
    </message>
    <message>
        <source>Time budget in hours a week</source>
        <translation>Tidsbudget i timmar per vecka</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The folder for the weekly progress file</source>
        <translation>Mappen för den veckovisa framstegsfilen</translation>
    </message>
    <message>
        <source>The file holds what is chosen above. Choose a folder your coach also reads; OwnVoice sends nothing by itself.</source>
        <translation>Filen innehåller det som valts ovan. Välj en mapp som också din coach läser; OwnVoice skickar inget av sig själv.</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Sparas i {folder}</translation>
    </message>
    <message>
        <source>Save your progress file</source>
        <translation>Spara din framstegsfil</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-filer (*.ownvoice)</translation>
    </message>
    <message>
        <source>Saved {file}. Send it to your coach as you like.</source>
        <translation>Sparade {file}. Skicka den till din coach som du vill.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Filen kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Share your progress with your coach</source>
        <translation>Dela dina framsteg med din coach</translation>
    </message>
    <message>
        <source>Choose what your coach may see. The file holds exactly what is shown below, and only you send it. Your drafts and private journal entries stay here unless you choose them; the day of your last public action is always included.</source>
        <translation>Välj vad din coach får se. Filen innehåller exakt det som visas nedan, och bara du skickar den. Dina utkast och privata dagboksanteckningar stannar här om du inte väljer dem; dagen för din senaste offentliga handling finns alltid med.</translation>
    </message>
    <message>
        <source>Your stage, week by week</source>
        <translation>Din nivå, vecka för vecka</translation>
    </message>
    <message>
        <source>Goals and their progress</source>
        <translation>Mål och hur de framskrider</translation>
    </message>
    <message>
        <source>Habits: strength and check-ins</source>
        <translation>Vanor: styrka och markeringar</translation>
    </message>
    <message>
        <source>How much you did, week by week</source>
        <translation>Hur mycket du gjorde, vecka för vecka</translation>
    </message>
    <message>
        <source>Links to what you published</source>
        <translation>Länkar till det du publicerat</translation>
    </message>
    <message>
        <source>Journal entries marked for your coach</source>
        <translation>Dagboksanteckningar märkta för din coach</translation>
    </message>
    <message>
        <source>Draft texts</source>
        <translation>Utkastens texter</translation>
    </message>
    <message>
        <source>Exercises from your coach: done or not</source>
        <translation>Övningar från din coach: klara eller inte</translation>
    </message>
    <message>
        <source>&amp;Every week, by itself, on</source>
        <translation>&amp;Varje vecka, av sig själv, på</translation>
    </message>
    <message>
        <source>Weekday of the weekly progress file</source>
        <translation>Veckodag för den veckovisa framstegsfilen</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Byt mapp…</translation>
    </message>
    <message>
        <source>&amp;What your coach will see:</source>
        <translation>&amp;Det här ser din coach:</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Spara fil…</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <source>your coach</source>
        <translation>din coach</translation>
    </message>
    <message>
        <source>Recognition from {coach}</source>
        <translation>Erkännande från {coach}</translation>
    </message>
    <message>
        <source>Feedback from {coach}</source>
        <translation>Återkoppling från {coach}</translation>
    </message>
</context>
<context>
    <name>FeedbackImporter</name>
    <message>
        <source>Import feedback from your coach</source>
        <translation>Importera återkoppling från din coach</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-filer (*.ownvoice)</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>din coach</translation>
    </message>
    <message>
        <source>This group file from {coach} is older than the one you have; nothing changed.</source>
        <translation>Den här gruppfilen från {coach} är äldre än den du redan har; inget ändrades.</translation>
    </message>
    <message>
        <source>A group file from {coach} arrived: see Journey → Examples from your group.</source>
        <translation>En gruppfil från {coach} har kommit: se Resan → Exempel från din grupp.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback from {coach}: %Ln new.</source>
        <translation>
            <numerusform>Återkoppling från {coach}: %Ln ny.</numerusform>
            <numerusform>Återkoppling från {coach}: %Ln nya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Inte importerad</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>your coach</source>
        <translation>din coach</translation>
    </message>
    <message numerus="yes">
        <source>Feedback from {coach} arrived: %Ln new in your recognition feed.</source>
        <translation>
            <numerusform>Återkoppling från {coach} har kommit: %Ln ny bland dina erkännanden.</numerusform>
            <numerusform>Återkoppling från {coach} har kommit: %Ln nya bland dina erkännanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback from {coach}: nothing new, all of it is in your recognition feed already.</source>
        <translation>Återkoppling från {coach}: inget nytt, allt finns redan bland dina erkännanden.</translation>
    </message>
</context>
<context>
    <name>FlagRow</name>
    <message>
        <source>Dismiss for this draft</source>
        <translation>Ignorera i det här utkastet</translation>
    </message>
    <message>
        <source>Dismiss for this draft: %1</source>
        <translation>Ignorera i det här utkastet: %1</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal {number}</source>
        <translation>Mål {number}</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Vad vill du göra?</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Vad räknas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Target, in total by the deadline</source>
        <translation>Målantal, totalt till slutdatumet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Genomgång</translation>
    </message>
    <message>
        <source>A number I keep myself</source>
        <translation>En siffra jag själv håller koll på</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>For example: followers</source>
        <translation>Till exempel: följare</translation>
    </message>
</context>
<context>
    <name>GoalEditorDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Ändra mål</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>Mät&amp;s genom:</translation>
    </message>
    <message>
        <source>&amp;Counting:</source>
        <translation>&amp;Vad räknas:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Mål&amp;antal:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Slut&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Genomgång:</translation>
    </message>
    <message>
        <source>For example: comment on two posts about energy policy every week</source>
        <translation>Till exempel: kommentera två inlägg om energipolitik varje vecka</translation>
    </message>
    <message>
        <source>Actions I log</source>
        <translation>Aktiviteter jag loggar</translation>
    </message>
    <message>
        <source>A number I keep track of</source>
        <translation>En siffra jag håller koll på</translation>
    </message>
    <message>
        <source>Check-ins of a habit</source>
        <translation>Avbockningar av en vana</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <source>Unit, e.g. followers</source>
        <translation>Enhet, t.ex. följare</translation>
    </message>
    <message>
        <source>N&amp;ow:</source>
        <translation>&amp;Nu:</translation>
    </message>
    <message>
        <source>Counted from the habit&apos;s check-ins.</source>
        <translation>Räknas från vanans avbockningar.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>&amp;Active: show it on Today and ask for reviews</source>
        <translation>A&amp;ktivt: visa det på sidan I dag och be om genomgångar</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Värt att titta på:</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Förslag:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation>&amp;Räknar:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Antal:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>S&amp;enast:</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Ett nytt mål</translation>
    </message>
    <message>
        <source>A number they enter</source>
        <translation>Ett tal som personen själv för in</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Föreslå</translation>
    </message>
    <message>
        <source>The goal in a sentence</source>
        <translation>Målet i en mening</translation>
    </message>
    <message>
        <source>Goals you proposed and their answers</source>
        <translation>Mål som du föreslagit och svaren på dem</translation>
    </message>
    <message>
        <source>accepted on {day}</source>
        <translation>godkänt {day}</translation>
    </message>
    <message>
        <source>changed and accepted on {day}: {goal}</source>
        <translation>ändrat och godkänt {day}: {goal}</translation>
    </message>
    <message>
        <source>declined on {day}</source>
        <translation>nej tack {day}</translation>
    </message>
</context>
<context>
    <name>GoalProposalsCard</name>
    <message>
        <source>Goals your coach proposes</source>
        <translation>Mål som din coach föreslår</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Change, then accept…</source>
        <translation>Ändra och godkänn…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Tacka nej</translation>
    </message>
    <message>
        <source>Accept: {goal}</source>
        <translation>Godkänn: {goal}</translation>
    </message>
    <message>
        <source>Change, then accept: {goal}</source>
        <translation>Ändra och godkänn: {goal}</translation>
    </message>
    <message>
        <source>Decline: {goal}</source>
        <translation>Tacka nej: {goal}</translation>
    </message>
    <message>
        <source>a number you enter</source>
        <translation>ett tal som du själv för in</translation>
    </message>
    <message>
        <source>{target} × {what} by {day}</source>
        <translation>{target} × {what} senast {day}</translation>
    </message>
    <message>
        <source>instead of “{goal}”</source>
        <translation>i stället för ”{goal}”</translation>
    </message>
    <message>
        <source>a new goal</source>
        <translation>ett nytt mål</translation>
    </message>
    <message>
        <source>from {coach}</source>
        <translation>från {coach}</translation>
    </message>
    <message>
        <source>Goal agreed with your coach: {goal}</source>
        <translation>Målet är överenskommet med din coach: {goal}</translation>
    </message>
</context>
<context>
    <name>GoalReviewDialog</name>
    <message>
        <source>Review your goal</source>
        <translation>Gå igenom ditt mål</translation>
    </message>
    <message>
        <source>So far: {current} of {target}.</source>
        <translation>Hittills: {current} av {target}.</translation>
    </message>
    <message>
        <source>How is it going? What went well, what got in the way, and what will you try next? A few lines are enough.</source>
        <translation>Hur går det? Vad gick bra, vad kom i vägen och vad ska du pröva härnäst? Några rader räcker.</translation>
    </message>
    <message>
        <source>&amp;Share this review with my coach</source>
        <translation>&amp;Dela den här genomgången med min coach</translation>
    </message>
    <message>
        <source>Reviews go to your journal. They stay private unless you share them.</source>
        <translation>Genomgångarna sparas i din dagbok. Bara du ser dem, om du inte delar dem.</translation>
    </message>
</context>
<context>
    <name>GoalSuggestions</name>
    <message>
        <source>React to 3 posts a week from people in your field</source>
        <translation>Reagera på 3 inlägg i veckan av personer inom ditt område</translation>
    </message>
    <message>
        <source>Comment thoughtfully on 2 posts a week</source>
        <translation>Kommentera 2 inlägg i veckan med eftertanke</translation>
    </message>
    <message>
        <source>Comment thoughtfully on 3 posts a week</source>
        <translation>Kommentera 3 inlägg i veckan med eftertanke</translation>
    </message>
    <message>
        <source>Publish a post of your own every two weeks</source>
        <translation>Publicera ett eget inlägg varannan vecka</translation>
    </message>
    <message>
        <source>Publish a post of your own every week</source>
        <translation>Publicera ett eget inlägg varje vecka</translation>
    </message>
    <message>
        <source>Answer 3 comments or discussions a week on your posts</source>
        <translation>Svara på 3 kommentarer eller diskussioner i veckan kring dina inlägg</translation>
    </message>
    <message>
        <source>Share something you learned, with your own comment, every two weeks</source>
        <translation>Dela något du har lärt dig, med en egen kommentar, varannan vecka</translation>
    </message>
    <message>
        <source>Join 2 discussions a week on your topics</source>
        <translation>Delta i 2 diskussioner i veckan om dina ämnen</translation>
    </message>
    <message>
        <source>Comment on 3 posts a week by people you would like to know</source>
        <translation>Kommentera 3 inlägg i veckan av personer som du vill lära känna</translation>
    </message>
    <message>
        <source>Write about your expertise in a post every two weeks</source>
        <translation>Skriv ett inlägg om din expertis varannan vecka</translation>
    </message>
    <message>
        <source>Answer 2 customer questions or comments a week in public</source>
        <translation>Svara offentligt på 2 frågor eller kommentarer från kunder i veckan</translation>
    </message>
    <message>
        <source>Share your team&apos;s work, in your own words, every week</source>
        <translation>Dela ditt teams arbete med egna ord varje vecka</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Your first goals</source>
        <translation>Dina första mål</translation>
    </message>
    <message>
        <source>Small, concrete goals grow into habits. Here are suggestions from your starting point and your benefits: keep, change or untick them. Up to three at a time.</source>
        <translation>Små, konkreta mål växer till vanor. Här är förslag utifrån din utgångspunkt och dina fördelar: behåll, ändra eller avmarkera dem. Högst tre åt gången.</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Group file</source>
        <translation>Gruppfil</translation>
    </message>
    <message>
        <source>One file for the whole group: the posts below that their authors allowed, each with your line on why it works, what the group did, in counts only, and the group sessions to come. A name goes with a post only when its author said so. Each person opens it like a feedback file; a newer group file replaces the older one.</source>
        <translation>En fil för hela gruppen: inläggen nedan som deras författare har gett lov att dela, vart och ett med din rad om varför det fungerar, vad gruppen har gjort, bara i antal, och de kommande gruppträffarna. Ett namn följer med ett inlägg bara om författaren har sagt ja till det. Var och en öppnar filen som en återkopplingsfil; en nyare gruppfil ersätter den äldre.</translation>
    </message>
    <message>
        <source>&amp;Posts you asked to share:</source>
        <translation>&amp;Inlägg du bett att få dela:</translation>
    </message>
    <message>
        <source>You have not asked anyone yet: open a person and use Share with the group.</source>
        <translation>Du har inte frågat någon ännu: öppna en person och använd Dela med gruppen.</translation>
    </message>
    <message>
        <source>&amp;What goes out:</source>
        <translation>&amp;Det här skickas:</translation>
    </message>
    <message>
        <source>Save group file…</source>
        <translation>Spara gruppfil…</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>väntar på svar</translation>
    </message>
    <message>
        <source>yes, with their name</source>
        <translation>ja, med namn</translation>
    </message>
    <message>
        <source>yes, without their name</source>
        <translation>ja, utan namn</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>återtaget</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>By {name}.</source>
        <translation>Av {name}.</translation>
    </message>
    <message>
        <source>Without a name.</source>
        <translation>Utan namn.</translation>
    </message>
    <message>
        <source>Why it works: {why}</source>
        <translation>Varför det fungerar: {why}</translation>
    </message>
    <message>
        <source>No posts.</source>
        <translation>Inga inlägg.</translation>
    </message>
    <message>
        <source>No counts for the group yet: a count needs at least two people.</source>
        <translation>Inga siffror för gruppen ännu: en siffra kräver minst två personer.</translation>
    </message>
    <message>
        <source>Group session: {when}</source>
        <translation>Gruppträff: {when}</translation>
    </message>
    <message>
        <source>From {coach}, {day}.</source>
        <translation>Från {coach}, {day}.</translation>
    </message>
    <message>
        <source>Save the group file</source>
        <translation>Spara gruppfilen</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-filer (*.ownvoice)</translation>
    </message>
    <message>
        <source>Saved the group file {file}.</source>
        <translation>Gruppfilen {file} sparades.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>A post in the group file is no longer allowed by its author; nothing was saved. Open Group file… again to see what may go out now.</source>
        <translation>Författaren tillåter inte längre ett av inläggen i gruppfilen; inget sparades. Öppna Gruppfil… igen för att se vad som får skickas nu.</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Your coach asks to share your posts</source>
        <translation>Din coach ber att få dela dina inlägg</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Din grupp</translation>
    </message>
    <message>
        <source>Posts that work</source>
        <translation>Inlägg som fungerar</translation>
    </message>
    <message>
        <source>From {coach}&apos;s group file of {day}.</source>
        <translation>Från {coach}s gruppfil den {day}.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>din coach</translation>
    </message>
    <message>
        <source>Your posts your coach asked to share</source>
        <translation>Dina inlägg som din coach bett att få dela</translation>
    </message>
    <message>
        <source>Why it works: {why}</source>
        <translation>Varför det fungerar: {why}</translation>
    </message>
    <message>
        <source>By {name}.</source>
        <translation>Av {name}.</translation>
    </message>
    <message>
        <source>Your coach</source>
        <translation>Din coach</translation>
    </message>
    <message>
        <source>{coach} asked on {day} to share this post with the group:</source>
        <translation>{coach} bad {day} att få dela det här inlägget med gruppen:</translation>
    </message>
    <message>
        <source>Why it works, in {coach}&apos;s words: {why}</source>
        <translation>Varför det fungerar, med {coach}s ord: {why}</translation>
    </message>
    <message>
        <source>Yes, with my name</source>
        <translation>Ja, med mitt namn</translation>
    </message>
    <message>
        <source>Yes, without my name</source>
        <translation>Ja, utan mitt namn</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Take my yes back</source>
        <translation>Ta tillbaka mitt ja</translation>
    </message>
    <message>
        <source>Nothing is shared unless you say yes, and you can take a yes back at any time. Your answer goes to your coach with your next progress file.</source>
        <translation>Inget delas utan att du säger ja, och du kan ta tillbaka ett ja när som helst. Ditt svar går till din coach med nästa framstegsfil.</translation>
    </message>
    <message>
        <source>You said yes, with your name, on {day}.</source>
        <translation>Du sa ja, med ditt namn, den {day}.</translation>
    </message>
    <message>
        <source>You said yes, without your name, on {day}.</source>
        <translation>Du sa ja, utan ditt namn, den {day}.</translation>
    </message>
    <message>
        <source>You said no on {day}.</source>
        <translation>Du sa nej den {day}.</translation>
    </message>
    <message>
        <source>You took your yes back on {day}; it leaves the group with your coach&apos;s next group file.</source>
        <translation>Du tog tillbaka ditt ja den {day}; inlägget försvinner från gruppen med din coachs nästa gruppfil.</translation>
    </message>
</context>
<context>
    <name>GroupWords</name>
    <message numerus="yes">
        <source>In {month}, %Ln of you took a step in public.</source>
        <translation>
            <numerusform>I {month} tog %Ln av er ett steg offentligt.</numerusform>
            <numerusform>I {month} tog %Ln av er ett steg offentligt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In {month}, %Ln of you finished an exercise.</source>
        <translation>
            <numerusform>I {month} gjorde %Ln av er klart en övning.</numerusform>
            <numerusform>I {month} gjorde %Ln av er klart en övning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of you stand higher on the ladder than at the start.</source>
        <translation>
            <numerusform>%Ln av er står högre på stegen än i början.</numerusform>
            <numerusform>%Ln av er står högre på stegen än i början.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of you have reached a goal.</source>
        <translation>
            <numerusform>%Ln av er har nått ett mål.</numerusform>
            <numerusform>%Ln av er har nått ett mål.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitActions</name>
    <message>
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation>Sparat. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Mängd</translation>
    </message>
    <message>
        <source>Amount on {day} ({unit}):</source>
        <translation>Mängd den {day} ({unit}):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Note for {day}:</source>
        <translation>Anteckning för {day}:</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Inget att ångra.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Ångrat.</translation>
    </message>
    <message>
        <source>Import from Loop Habit Tracker</source>
        <translation>Importera från Loop Habit Tracker</translation>
    </message>
    <message>
        <source>Loop Habit Tracker CSV export (*.zip);;All files (*)</source>
        <translation>CSV-export från Loop Habit Tracker (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>{added} habits added, {merged} already here; {days} days of history imported.</source>
        <translation>Nya vanor: {added}, fanns redan: {merged}. Historik för {days} dagar importerades.</translation>
    </message>
    <message>
        <source>Export habits as CSV into</source>
        <translation>Exportera vanorna som CSV till</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Exporterat till {folder}.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>Saved {habits} and {checkins}.</source>
        <translation>Filerna {habits} och {checkins} har sparats.</translation>
    </message>
    <message>
        <source>This is not a Loop Habit Tracker CSV export: {reason}</source>
        <translation>Det här är ingen CSV-export från Loop Habit Tracker: {reason}</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}</source>
        <translation>Filen kunde inte användas: {reason}</translation>
    </message>
</context>
<context>
    <name>HabitEditor</name>
    <message>
        <source>Edit habit</source>
        <translation>Redigera vana</translation>
    </message>
    <message>
        <source>New habit</source>
        <translation>Ny vana</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Hur ofta:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Checked by:</source>
        <translation>Bockas av &amp;genom:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Påminnelse:</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja eller nej</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>En mängd</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Varje dag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per vecka</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>In a number of days</source>
        <translation>Under ett antal dagar</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>unit, e.g. minutes</source>
        <translation>enhet, t.ex. minuter</translation>
    </message>
    <message>
        <source>times</source>
        <translation>gånger</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Hur många gånger</translation>
    </message>
    <message>
        <source>In how many days</source>
        <translation>Inom hur många dagar</translation>
    </message>
    <message>
        <source>At least or at most</source>
        <translation>Minst eller högst</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Påminnelsetid</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Bara jag själv</translation>
    </message>
    <message>
        <source>When you log or import an activity of this kind, the habit is checked for that day.</source>
        <translation>När du loggar eller importerar en aktivitet av det här slaget bockas vanan av för den dagen.</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Påminn mig kl.</translation>
    </message>
    <message>
        <source>Give the habit a name.</source>
        <translation>Ge vanan ett namn.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Välj minst en dag för påminnelsen.</translation>
    </message>
</context>
<context>
    <name>HabitPicker</name>
    <message>
        <source>Habits shown: {shown} of {every}</source>
        <translation>Visade vanor: {shown} av {every}</translation>
    </message>
    <message>
        <source>The {count} that changed most</source>
        <translation>De {count} som ändrades mest</translation>
    </message>
    <message>
        <source>All habits</source>
        <translation>Alla vanor</translation>
    </message>
</context>
<context>
    <name>Habits</name>
    <message>
        <source>checked by: {kind}</source>
        <translation>bockas av genom: {kind}</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Nuvarande svit</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Bästa svit</translation>
    </message>
    <message>
        <source>Days with an amount</source>
        <translation>Dagar med antecknad mängd</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Antal gånger</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Same as a month ago</source>
        <translation>Samma som för en månad sedan</translation>
    </message>
    <message>
        <source>+{n} in a month</source>
        <translation>+{n} på en månad</translation>
    </message>
    <message>
        <source>−{n} in a month</source>
        <translation>−{n} på en månad</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>sedan {day}</translation>
    </message>
    <message>
        <source>‹ All habits</source>
        <translation>‹ Alla vanor</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Tillbaka till listan (Esc)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Arrow keys choose a day, Space checks it, S skips it. Page Up and Page Down move a year.</source>
        <translation>Piltangenterna väljer en dag, mellanslag bockar av den och S hoppar över den. Page Up och Page Down flyttar ett år i taget.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Frequency met</source>
        <translation>Takten uppfylld</translation>
    </message>
    <message>
        <source>Skipped or away</source>
        <translation>Hoppat över eller borta</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte gjort</translation>
    </message>
    <message>
        <source>Strength over time</source>
        <translation>Styrkan över tid</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 månader</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 år</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Längsta sviterna</translation>
    </message>
    <message>
        <source>No streaks yet.</source>
        <translation>Inga sviter ännu.</translation>
    </message>
    <message>
        <source>Strength {percent}: how firmly the habit has taken hold</source>
        <translation>Styrka {percent}: hur väl vanan har slagit rot</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Ingen svit ännu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Vana</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Svit</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bästa</translation>
    </message>
    <message>
        <source>Current streak, in good days</source>
        <translation>Nuvarande svit, räknat i bra dagar</translation>
    </message>
    <message>
        <source>Best streak, in good days</source>
        <translation>Bästa svit, räknat i bra dagar</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Varje dag</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>i månaden</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>om dagen</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>i veckan</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Minst</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Högst</translation>
    </message>
    <message>
        <source>{kind} {amount} {unit} {period}</source>
        <translation>{kind} {amount} {unit} {period}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ingen påminnelse</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>varje dag</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>på vardagar</translation>
    </message>
    <message>
        <source>Reminder at {time}, {days}</source>
        <translation>Påminnelse kl. {time}, {days}</translation>
    </message>
    <message>
        <source>Done: {amount} {unit}</source>
        <translation>Gjort: {amount} {unit}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppat över</translation>
    </message>
    <message>
        <source>Away: this day does not count</source>
        <translation>Borta: dagen räknas inte</translation>
    </message>
    <message>
        <source>Not needed: the frequency is met</source>
        <translation>Behövs inte: takten är redan uppfylld</translation>
    </message>
    <message>
        <source>Before the habit began</source>
        <translation>Innan vanan började</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Inte gjort ännu</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
</context>
<context>
    <name>HabitsPage</name>
    <message>
        <source>&amp;New habit…</source>
        <translation>&amp;Ny vana…</translation>
    </message>
    <message>
        <source>Make a habit of your own (Ctrl+N)</source>
        <translation>Skapa en egen vana (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add from &amp;suggestions…</source>
        <translation>Lägg till från &amp;förslag…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>&amp;Import from Loop Habit Tracker…</source>
        <translation>&amp;Importera från Loop Habit Tracker…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exportera som CSV…</translation>
    </message>
    <message>
        <source>Show &amp;archived habits</source>
        <translation>Visa &amp;arkiverade vanor</translation>
    </message>
    <message>
        <source>Space checks the selected habit for today, S skips it, Enter opens it and F2 edits it. Click a day to check it. Ctrl+Z undoes.</source>
        <translation>Mellanslag bockar av den valda vanan för i dag, S hoppar över den, Enter öppnar den och F2 redigerar den. Klicka på en dag för att bocka av den. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>Your habits</source>
        <translation>Dina vanor</translation>
    </message>
    <message numerus="yes">
        <source>Today: {done} of %Ln habits done or not needed.</source>
        <translation>
            <numerusform>I dag: {done} av %Ln vana gjord eller behövs inte.</numerusform>
            <numerusform>I dag: {done} av %Ln vanor gjorda eller behövs inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check or uncheck	Space</source>
        <translation>Bocka av eller avmarkera	Mellanslag</translation>
    </message>
    <message>
        <source>Skip	S</source>
        <translation>Hoppa över	S</translation>
    </message>
    <message>
        <source>Enter the amount…	A</source>
        <translation>Ange mängden…	A</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Anteckning…</translation>
    </message>
    <message>
        <source>Open	Enter</source>
        <translation>Öppna	Enter</translation>
    </message>
    <message>
        <source>Edit…	F2</source>
        <translation>Redigera…	F2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Archive	Del</source>
        <translation>Arkivera	Del</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Habit added.</source>
        <translation>Vanan har lagts till.</translation>
    </message>
    <message>
        <source>Habit saved.</source>
        <translation>Vanan har sparats.</translation>
    </message>
    <message>
        <source>Suggested habits</source>
        <translation>Föreslagna vanor</translation>
    </message>
    <message>
        <source>Habit archived.</source>
        <translation>Vanan har arkiverats.</translation>
    </message>
    <message>
        <source>Habit restored.</source>
        <translation>Vanan har återställts.</translation>
    </message>
    <message>
        <source>Delete habit</source>
        <translation>Ta bort vana</translation>
    </message>
    <message>
        <source>Delete “{name}” and its whole history? Archiving keeps the history.</source>
        <translation>Vill du ta bort ”{name}” och hela dess historik? Om du arkiverar vanan finns historiken kvar.</translation>
    </message>
    <message>
        <source>Habit deleted.</source>
        <translation>Vanan har tagits bort.</translation>
    </message>
</context>
<context>
    <name>HabitsPlurals</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times a week</source>
        <translation>
            <numerusform>En gång i veckan</numerusform>
            <numerusform>%Ln gånger i veckan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times a month</source>
        <translation>
            <numerusform>En gång i månaden</numerusform>
            <numerusform>%Ln gånger i månaden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times {period}</source>
        <translation>
            <numerusform>En gång {period}</numerusform>
            <numerusform>%Ln gånger {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>på %Ln dag</numerusform>
            <numerusform>på %Ln dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>på %Ln vecka</numerusform>
            <numerusform>på %Ln veckor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsTodayCard</name>
    <message>
        <source>Today&apos;s habits</source>
        <translation>Dagens vanor</translation>
    </message>
    <message>
        <source>{habit} (skipped today)</source>
        <translation>{habit} (hoppas över i dag)</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Your next step: review your goal</source>
        <translation>Ditt nästa steg: gå igenom ditt mål</translation>
    </message>
    <message>
        <source>It is time to look back on “{goal}”: a few lines on how it goes.</source>
        <translation>Det är dags att se tillbaka på ”{goal}”: några rader om hur det går.</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Gå igenom nu</translation>
    </message>
    <message>
        <source>Your next step: import your posts</source>
        <translation>Ditt nästa steg: importera dina inlägg</translation>
    </message>
    <message>
        <source>Bring in what you have already written (a LinkedIn or X archive, or plain text): your voice profile and your history on the ladder start from it.</source>
        <translation>Ta in det du redan har skrivit (ett LinkedIn- eller X-arkiv, eller vanlig text): din röstprofil och din historik på stegen utgår från det.</translation>
    </message>
    <message>
        <source>Import your posts</source>
        <translation>Importera dina inlägg</translation>
    </message>
    <message>
        <source>Your next step: set a goal</source>
        <translation>Ditt nästa steg: sätt upp ett mål</translation>
    </message>
    <message>
        <source>A goal turns a good intention into a plan for the week.</source>
        <translation>Ett mål gör en god föresats till en plan för veckan.</translation>
    </message>
    <message>
        <source>Set your first goal</source>
        <translation>Sätt upp ditt första mål</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Ditt nästa steg</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>What could you post about? A line is enough.</source>
        <translation>Vad kunde du skriva om? En rad räcker.</translation>
    </message>
    <message>
        <source>Tags, e.g. hiring, ai</source>
        <translation>Taggar, t.ex. rekrytering, AI</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import your writing</source>
        <translation>Importera dina texter</translation>
    </message>
    <message>
        <source>Archive to import</source>
        <translation>Arkiv att importera</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>Text att importera</translation>
    </message>
    <message>
        <source>Choose where your texts come from. Everything is read here on your computer; nothing is uploaded.</source>
        <translation>Välj var dina texter kommer ifrån. Allt läses här på din dator, och ingenting laddas upp.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Text file</source>
        <translation>Textfil</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Klistra in text</translation>
    </message>
    <message>
        <source>The downloaded ZIP file or its unpacked folder</source>
        <translation>Den nedladdade ZIP-filen eller dess uppackade mapp</translation>
    </message>
    <message>
        <source>Paste your own text here: a post, an article, a talk</source>
        <translation>Klistra in din egen text här: ett inlägg, en artikel, ett föredrag</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Välj &amp;mapp…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Reading records…</source>
        <translation>Läser poster…</translation>
    </message>
    <message>
        <source>Too late to cancel: the import was stored.</source>
        <translation>För sent att avbryta: importen har sparats.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importen avbröts. Ingenting importerades.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Välj &amp;filer…</translation>
    </message>
    <message>
        <source>Choose &amp;ZIP…</source>
        <translation>Välj &amp;ZIP-fil…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.markdown);;ZIP archives (*.zip)</source>
        <translation>Textfiler (*.txt *.md *.markdown);;ZIP-arkiv (*.zip)</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP-arkiv (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the archive</source>
        <translation>Välj dataarkivet</translation>
    </message>
    <message>
        <source>Choose the unpacked folder</source>
        <translation>Välj den uppackade mappen</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged actions</source>
        <translation>
            <numerusform>%Ln loggad aktivitet</numerusform>
            <numerusform>%Ln loggade aktiviteter</numerusform>
        </translation>
    </message>
    <message>
        <source>{texts} and {actions}</source>
        <translation>{texts} och {actions}</translation>
    </message>
    <message>
        <source>Removed the import: {texts} and {actions}.</source>
        <translation>Importen togs bort: {texts} och {actions}.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Jot down an idea, press Enter</source>
        <translation>Skriv upp en idé och tryck på Enter</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Ny idé</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>Taggar (valfritt)</translation>
    </message>
    <message>
        <source>Tags for the new idea</source>
        <translation>Taggar för den nya idén</translation>
    </message>
    <message>
        <source>Start a draft from this idea</source>
        <translation>Börja ett utkast utifrån idén</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlöst)</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Edit journal entry</source>
        <translation>Redigera dagboksanteckning</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Ny dagboksanteckning</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Vad hände:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Länk:</translation>
    </message>
    <message>
        <source>&amp;Share with my coach</source>
        <translation>Dela med min &amp;coach</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Write a few words first: the entry is empty.</source>
        <translation>Skriv några ord först: anteckningen är tom.</translation>
    </message>
    <message>
        <source>This link can&apos;t be used: a link starts with https:// or http://, for example https://www.linkedin.com/…</source>
        <translation>Länken går inte att använda: en länk börjar med https:// eller http://, till exempel https://www.linkedin.com/…</translation>
    </message>
    <message>
        <source>A good example needs a link, so that you can find it again.</source>
        <translation>Ett gott exempel behöver en länk, så att du hittar det igen.</translation>
    </message>
    <message>
        <source>What did you notice? What felt easy, what held you back?</source>
        <translation>Vad lade du märke till? Vad kändes lätt, vad höll dig tillbaka?</translation>
    </message>
    <message>
        <source>What went well? A post that started a good discussion, a customer case handled well in public…</source>
        <translation>Vad gick bra? Ett inlägg som satte i gång en bra diskussion, ett kundärende som sköttes bra offentligt…</translation>
    </message>
    <message>
        <source>What makes this a good example? What could you borrow from it?</source>
        <translation>Vad gör det här till ett gott exempel? Vad kan du låna av det?</translation>
    </message>
    <message>
        <source>How is the goal going? What will you do next?</source>
        <translation>Hur går det med målet? Vad gör du härnäst?</translation>
    </message>
    <message>
        <source>Your coach will see this entry.</source>
        <translation>Din coach ser den här anteckningen.</translation>
    </message>
    <message>
        <source>Only you see this unless you share it with your coach.</source>
        <translation>Bara du ser den här, om du inte delar den med din coach.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Shared with your coach</source>
        <translation>Delad med din coach</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>Vem ser den</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>The entry could not be saved: it is empty or its link is not a web address.</source>
        <translation>Anteckningen kunde inte sparas: den är tom eller så är länken ingen webbadress.</translation>
    </message>
    <message>
        <source>The entry of {day} was deleted.</source>
        <translation>Anteckningen från {day} togs bort.</translation>
    </message>
    <message>
        <source>Your journal is empty. Write down what you notice on the way: a reflection, a win, or a good example from someone else to learn from. Only you see your entries unless you share one with your coach.</source>
        <translation>Din dagbok är tom. Skriv ner det du lägger märke till på vägen: en reflektion, en framgång eller ett gott exempel från någon annan att lära dig av. Bara du ser dina anteckningar, om du inte delar någon av dem med din coach.</translation>
    </message>
    <message>
        <source>No entries of this kind yet.</source>
        <translation>Inga anteckningar av den här typen ännu.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alla anteckningar</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Ny anteckning…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Dagboksanteckningar</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Your place on the ladder</source>
        <translation>Din plats på stegen</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Vecka för vecka</translation>
    </message>
    <message>
        <source>&amp;Moves on the ladder</source>
        <translation>&amp;Förflyttningar på stegen</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Erkännande</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <source>Progress since the start</source>
        <translation>Framsteg sedan början</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lärande</translation>
    </message>
    <message>
        <source>Examples from your group</source>
        <translation>Exempel från din grupp</translation>
    </message>
    <message>
        <source>How the ladder works: it has six stages, from Listener to Role model. Your stage comes from what you do in public over the last four weeks: reactions, comments on other people&apos;s posts, replies and your own posts. Log what you do on the Today page, and you will see yourself move here week by week.</source>
        <translation>Så fungerar stegen: den har sex nivåer, från Lyssnare till Förebild. Din nivå bestäms av vad du gör offentligt under de senaste fyra veckorna: reaktioner, kommentarer på andras inlägg, svar och egna inlägg. Logga det du gör på sidan I dag, så ser du här hur du rör dig på stegen vecka för vecka.</translation>
    </message>
    <message>
        <source>Nothing is logged yet, so you start at the first stage.</source>
        <translation>Inget är loggat ännu, så du börjar på den första nivån.</translation>
    </message>
    <message>
        <source>Nothing is logged yet, so this is where your survey placed you.</source>
        <translation>Inget är loggat ännu, så här är nivån som enkäten placerade dig på.</translation>
    </message>
    <message>
        <source>You started as {stage} on {day}.</source>
        <translation>Du började som {stage} den {day}.</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>You read and follow, but you are not yet seen doing anything in public.</source>
        <translation>Du läser och följer, men inget av det du gör syns ännu offentligt.</translation>
    </message>
    <message>
        <source>You are seen: you react and share now and then.</source>
        <translation>Du syns: du reagerar och delar då och då.</translation>
    </message>
    <message>
        <source>You comment on other people&apos;s posts regularly.</source>
        <translation>Du kommenterar regelbundet andras inlägg.</translation>
    </message>
    <message>
        <source>You comment and answer back, week after week: your conversations go both ways.</source>
        <translation>Du kommenterar och svarar vecka efter vecka: dina samtal går åt båda hållen.</translation>
    </message>
    <message>
        <source>You put out your own posts regularly and stay in the conversation.</source>
        <translation>Du publicerar regelbundet egna inlägg och är kvar i samtalet.</translation>
    </message>
    <message>
        <source>You have kept creating and talking for a quarter of a year: others learn from you.</source>
        <translation>Du har publicerat och samtalat jämnt i ett kvartal: andra lär sig av dig.</translation>
    </message>
    <message>
        <source>Week {week}/{year}</source>
        <translation>Vecka {week}/{year}</translation>
    </message>
</context>
<context>
    <name>KeychainPanel</name>
    <message>
        <source>Passwords</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Söker efter systemets nyckelring…</translation>
    </message>
    <message>
        <source>Passwords are kept in your system keychain ({name}).</source>
        <translation>Lösenorden förvaras i systemets nyckelring ({name}).</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords you enter are kept only until you close OwnVoice. They are never written to a file.</source>
        <translation>Ingen nyckelring finns i systemet, så lösenord som du anger sparas bara tills du stänger OwnVoice. De skrivs aldrig till en fil.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Listener</source>
        <translation>Lyssnare</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Påhejare</translation>
    </message>
    <message>
        <source>Commenter</source>
        <translation>Kommentator</translation>
    </message>
    <message>
        <source>Conversationalist</source>
        <translation>Samtalare</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Innehållsskapare</translation>
    </message>
    <message>
        <source>Role model</source>
        <translation>Förebild</translation>
    </message>
    <message>
        <source>Own post</source>
        <translation>Eget inlägg</translation>
    </message>
    <message>
        <source>Comment on someone&apos;s post</source>
        <translation>Kommentar på någon annans inlägg</translation>
    </message>
    <message>
        <source>Reply in a discussion</source>
        <translation>Svar i en diskussion</translation>
    </message>
    <message>
        <source>Share with my own comment</source>
        <translation>Delning med egen kommentar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogg</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Internt nätverk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Write what you want to achieve.</source>
        <translation>Skriv vad du vill uppnå.</translation>
    </message>
    <message>
        <source>Say it a little more concretely: what, where and how much?</source>
        <translation>Säg det lite mer konkret: vad, var och hur mycket?</translation>
    </message>
    <message>
        <source>Give a target number, so that progress can be seen.</source>
        <translation>Ange ett målantal, så syns framstegen.</translation>
    </message>
    <message>
        <source>Choose a date by which you want it.</source>
        <translation>Välj ett datum då du vill ha nått det.</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>Slutdatumet ligger före starten.</translation>
    </message>
    <message>
        <source>More than three active goals is a lot: consider pausing one.</source>
        <translation>Fler än tre aktiva mål är mycket – fundera på att pausa ett.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Varannan vecka</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Your first comment</source>
        <translation>Din första kommentar</translation>
    </message>
    <message>
        <source>Your first own post</source>
        <translation>Ditt första egna inlägg</translation>
    </message>
    <message>
        <source>Your first reply in a discussion</source>
        <translation>Ditt första svar i en diskussion</translation>
    </message>
    <message>
        <source>Four weeks in a row with public activity</source>
        <translation>Fyra veckor i rad med offentlig aktivitet</translation>
    </message>
    <message>
        <source>A step up the ladder</source>
        <translation>Ett steg uppåt på stegen</translation>
    </message>
    <message>
        <source>A goal reached</source>
        <translation>Ett mål nått</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektion</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Framgång</translation>
    </message>
    <message>
        <source>Good example</source>
        <translation>Gott exempel</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>Målgenomgång</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Dagligen</translation>
    </message>
    <message>
        <source>Read posts</source>
        <translation>Läser inlägg</translation>
    </message>
    <message>
        <source>React (like, applaud)</source>
        <translation>Reagerar (gillar, applåderar)</translation>
    </message>
    <message>
        <source>Share posts</source>
        <translation>Delar inlägg</translation>
    </message>
    <message>
        <source>Comment on posts</source>
        <translation>Kommenterar inlägg</translation>
    </message>
    <message>
        <source>Take part in discussions</source>
        <translation>Deltar i diskussioner</translation>
    </message>
    <message>
        <source>Post your own</source>
        <translation>Publicerar egna inlägg</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Chef eller ledare</translation>
    </message>
    <message>
        <source>Sales or customer work</source>
        <translation>Försäljning eller kundarbete</translation>
    </message>
    <message>
        <source>Expert or specialist</source>
        <translation>Expert eller specialist</translation>
    </message>
    <message>
        <source>Recruiting or HR</source>
        <translation>Rekrytering eller HR</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Lärande</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Påverkan</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Nätverkande</translation>
    </message>
    <message>
        <source>Visibility of your expertise</source>
        <translation>Synlighet för din expertis</translation>
    </message>
    <message>
        <source>Customer dialogue</source>
        <translation>Kunddialog</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Rekrytering</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Not knowing what to say</source>
        <translation>Att inte veta vad jag ska säga</translation>
    </message>
    <message>
        <source>Fear of making mistakes</source>
        <translation>Rädsla för att göra fel</translation>
    </message>
    <message>
        <source>It&apos;s not my thing</source>
        <translation>Det är inte min grej</translation>
    </message>
    <message>
        <source>Unsure what I&apos;m allowed to say</source>
        <translation>Osäker på vad jag får säga</translation>
    </message>
    <message>
        <source>Writing in another language</source>
        <translation>Att skriva på ett annat språk</translation>
    </message>
    <message>
        <source>Pick at most three benefits.</source>
        <translation>Välj högst tre fördelar.</translation>
    </message>
    <message>
        <source>Name at least three topics.</source>
        <translation>Ange minst tre ämnen.</translation>
    </message>
    <message>
        <source>Five topics at most keeps focus.</source>
        <translation>Högst fem ämnen håller fokus.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Välj minst en kanal.</translation>
    </message>
    <message>
        <source>Choose the languages you post in.</source>
        <translation>Välj de språk du publicerar på.</translation>
    </message>
</context>
<context>
    <name>LadderTexts</name>
    <message>
        <source>Your stage now: {stage}</source>
        <translation>Din nivå nu: {stage}</translation>
    </message>
    <message>
        <source>Highest stage reached: {stage}</source>
        <translation>Högsta nivå du nått: {stage}</translation>
    </message>
    <message numerus="yes">
        <source>Quieter lately: your last weeks show {shown}. Your stage holds; it moves down only after %Ln weeks in a row with less than half of it.</source>
        <translation>
            <numerusform>Lugnare på sistone: dina senaste veckor visar {shown}. Din nivå står kvar; den sjunker först efter %Ln vecka i rad med mindre än hälften av det den kräver.</numerusform>
            <numerusform>Lugnare på sistone: dina senaste veckor visar {shown}. Din nivå står kvar; den sjunker först efter %Ln veckor i rad med mindre än hälften av det den kräver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %Ln weeks</source>
        <translation>
            <numerusform>inom %Ln vecka</numerusform>
            <numerusform>inom %Ln veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %Ln weeks</source>
        <translation>
            <numerusform>under den senaste %Ln veckan</numerusform>
            <numerusform>under de senaste %Ln veckorna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last weeks show {stage}. Keep it up: you move up once it has shown for %Ln weeks in a row.</source>
        <translation>
            <numerusform>Dina senaste veckor visar {stage}. Fortsätt så: du går upp när det har synts %Ln vecka i rad.</numerusform>
            <numerusform>Dina senaste veckor visar {stage}. Fortsätt så: du går upp när det har synts %Ln veckor i rad.</numerusform>
        </translation>
    </message>
    <message>
        <source>First step: follow a few people in your field and read what they share.</source>
        <translation>Första steget: följ några personer inom ditt område och läs vad de delar.</translation>
    </message>
    <message numerus="yes">
        <source>Next step up: %Ln public actions {window}. A reaction, a share or a comment all count.</source>
        <translation>
            <numerusform>Nästa steg uppåt: %Ln offentlig aktivitet {window}. En reaktion, en delning och en kommentar räknas alla.</numerusform>
            <numerusform>Nästa steg uppåt: %Ln offentliga aktiviteter {window}. En reaktion, en delning och en kommentar räknas alla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: %Ln comments on other people&apos;s posts {window}.</source>
        <translation>
            <numerusform>Nästa steg uppåt: %Ln kommentar på andras inlägg {window}.</numerusform>
            <numerusform>Nästa steg uppåt: %Ln kommentarer på andras inlägg {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: reply in a discussion %Ln times {window}.</source>
        <translation>
            <numerusform>Nästa steg uppåt: svara i en diskussion %Ln gång {window}.</numerusform>
            <numerusform>Nästa steg uppåt: svara i en diskussion %Ln gånger {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: comment or reply in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Nästa steg uppåt: kommentera eller svara under %Ln vecka {window}.</numerusform>
            <numerusform>Nästa steg uppåt: kommentera eller svara under %Ln olika veckor {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: an own post, or a share with your own words, in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Nästa steg uppåt: ett eget inlägg, eller en delning med egna ord, under %Ln vecka {window}.</numerusform>
            <numerusform>Nästa steg uppåt: ett eget inlägg, eller en delning med egna ord, under %Ln olika veckor {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: keep creating, with own posts in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Nästa steg uppåt: fortsätt skapa, med egna inlägg under %Ln vecka {window}.</numerusform>
            <numerusform>Nästa steg uppåt: fortsätt skapa, med egna inlägg under %Ln olika veckor {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: keep the conversations going, in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Nästa steg uppåt: håll samtalen i gång under %Ln vecka {window}.</numerusform>
            <numerusform>Nästa steg uppåt: håll samtalen i gång under %Ln olika veckor {window}.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are at the top of the ladder. Keep your rhythm, and show others the way.</source>
        <translation>Du är högst upp på stegen. Håll din rytm, och visa andra vägen.</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <source>You are here</source>
        <translation>Du är här</translation>
    </message>
    <message>
        <source>Highest reached</source>
        <translation>Högsta nådda</translation>
    </message>
    <message>
        <source>your start</source>
        <translation>här började du</translation>
    </message>
    <message>
        <source>Your start</source>
        <translation>Här började du</translation>
    </message>
    <message>
        <source>The ladder</source>
        <translation>Stegen</translation>
    </message>
    <message>
        <source>Six stages, from {low} to {high}.</source>
        <translation>Sex nivåer, från {low} till {high}.</translation>
    </message>
    <message>
        <source>You are here: {stage}, stage {n} of {total}.</source>
        <translation>Du är här: {stage}, nivå {n} av {total}.</translation>
    </message>
    <message>
        <source>Highest reached: {stage}.</source>
        <translation>Högsta nådda nivå: {stage}.</translation>
    </message>
    <message>
        <source>Your start: {stage}.</source>
        <translation>Din startnivå: {stage}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>German</source>
        <translation>tyska</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estniska</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spanska</translation>
    </message>
    <message>
        <source>French</source>
        <translation>franska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ryska</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>kinesiska</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japanska</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>koreanska</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norska</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>nynorska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danska</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>isländska</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>nederländska</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italienska</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugisiska</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polska</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>lettiska</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>litauiska</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainska</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turkiska</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grekiska</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabiska</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreiska</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tjeckiska</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ungerska</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>nordsamiska</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>annat språk</translation>
    </message>
    <message>
        <source>{language} {count}</source>
        <translation>{language} {count}</translation>
    </message>
</context>
<context>
    <name>LearningPanel</name>
    <message>
        <source>The lessons could not be read: {error}</source>
        <translation>Lektionerna kunde inte läsas: {error}</translation>
    </message>
    <message>
        <source>For you now</source>
        <translation>För dig just nu</translation>
    </message>
    <message>
        <source>Up the ladder, stage by stage</source>
        <translation>Uppför stegen, nivå för nivå</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>Lästid {minutes} min</translation>
    </message>
    <message>
        <source>Try this:</source>
        <translation>Prova det här:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektioner</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Plan…</source>
        <translation>Planera…</translation>
    </message>
    <message>
        <source>Mark as published…</source>
        <translation>Markera som publicerat…</translation>
    </message>
    <message>
        <source>Enter outcome…</source>
        <translation>Ange resultat…</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Markera som klart</translation>
    </message>
    <message>
        <source>Published on %1 on %2.</source>
        <translation>Publicerat %2 (%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{page} (Ctrl+{number})</source>
        <translation>{page} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>&amp;OwnVoice</source>
        <translation>&amp;OwnVoice</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About OwnVoice</source>
        <translation>&amp;Om OwnVoice</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Öppna mappen med säkerhetskopior</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <source>Something went wrong showing this; details are in the log. Your data is safe.</source>
        <translation>Något gick fel när det här visades; detaljerna finns i loggen. Dina uppgifter är i tryggt förvar.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>OwnVoice closed unexpectedly last time. Your data is safe. If it happens again, the report helps us find out why.</source>
        <translation>OwnVoice stängdes oväntat förra gången. Dina uppgifter är i tryggt förvar. Om det händer igen hjälper rapporten oss att ta reda på varför.</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Öppna rapporten</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Kopiera rapporten</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Rapporten finns i urklippet.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>My own journey</source>
        <translation>Min egen resa</translation>
    </message>
    <message>
        <source>Coach mode</source>
        <translation>Coachläge</translation>
    </message>
    <message>
        <source>Back to your own journey: Today, habits, drafts.</source>
        <translation>Tillbaka till din egen resa: I dag, vanor, utkast.</translation>
    </message>
    <message>
        <source>For coaches: read the progress files of the people you coach.</source>
        <translation>För coacher: läs framstegsfilerna från dem du coachar.</translation>
    </message>
    <message>
        <source>Share progress with your &amp;coach…</source>
        <translation>Dela framsteg med din &amp;coach…</translation>
    </message>
    <message>
        <source>Import &amp;feedback from your coach…</source>
        <translation>Importera å&amp;terkoppling från din coach…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Grow your own expert voice on social media, with a coach.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}, on this computer only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Väx som expert med din egen röst i sociala medier, med stöd av en coach.&lt;/p&gt;&lt;p&gt;Dina uppgifter finns i {folder}, bara på den här datorn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About OwnVoice</source>
        <translation>Om OwnVoice</translation>
    </message>
    <message>
        <source>Show the recognition feed</source>
        <translation>Visa erkännandena</translation>
    </message>
</context>
<context>
    <name>MilestoneBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>MovesList</name>
    <message>
        <source>Moves on the ladder</source>
        <translation>Förflyttningar på stegen</translation>
    </message>
    <message>
        <source>{week}: {before} → {after}</source>
        <translation>{week}: {before} → {after}</translation>
    </message>
    <message>
        <source>A step up</source>
        <translation>Ett steg uppåt</translation>
    </message>
    <message>
        <source>A quieter spell: a step down</source>
        <translation>En lugnare period: ett steg nedåt</translation>
    </message>
</context>
<context>
    <name>NetworkPicker</name>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Steg {number} av {count}</translation>
    </message>
</context>
<context>
    <name>OnboardingWords</name>
    <message>
        <source>You start as a {stage}. Every step up the ladder comes from small, regular actions, and OwnVoice will suggest the next one.</source>
        <translation>Du börjar som {stage}. Varje steg uppåt på stegen bygger på små saker som du gör regelbundet, och OwnVoice föreslår nästa.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>Hur gick det?</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktioner</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Delningar</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Nya kontakter</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Vanor</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Your voice</source>
        <translation>Din röst</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Welcome to OwnVoice</source>
        <translation>Välkommen till OwnVoice</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Första stegen</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Recognition</source>
        <translation>Erkännande</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Goal proposed</source>
        <translation>Föreslaget mål</translation>
    </message>
    <message>
        <source>Comment on a draft</source>
        <translation>Kommentar till ett utkast</translation>
    </message>
    <message>
        <source>Asked to share a post</source>
        <translation>Bett att få dela ett inlägg</translation>
    </message>
    <message>
        <source>Exercise, due {day}</source>
        <translation>Övning, senast {day}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickad</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <source>agreed with you</source>
        <translation>överenskommet med dig</translation>
    </message>
    <message>
        <source>← Back to the cohort</source>
        <translation>← Tillbaka till gruppen</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Vecka för vecka</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Vanor</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <source>Drafts waiting for your comments</source>
        <translation>Utkast som väntar på dina kommentarer</translation>
    </message>
    <message>
        <source>Share with the group</source>
        <translation>Dela med gruppen</translation>
    </message>
    <message>
        <source>Journal entries and posts shared with you</source>
        <translation>Dagboksanteckningar och inlägg delade med dig</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Tillsammans</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Vana</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <source>Streak (best)</source>
        <translation>Svit (bästa)</translation>
    </message>
    <message>
        <source>Done in 30 days</source>
        <translation>Gjort på 30 dagar</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Dina anteckningar</translation>
    </message>
    <message>
        <source>Private to you: never in any file.</source>
        <translation>Bara för dig: aldrig i någon fil.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ny anteckning</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>En anteckning till dig själv</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Ta bort anteckning</translation>
    </message>
    <message>
        <source>Feedback and recognition</source>
        <translation>Återkoppling och erkännande</translation>
    </message>
    <message>
        <source>Saved as a feedback file that you send to this person; recognition lands in their recognition feed.</source>
        <translation>Sparas som en återkopplingsfil som du skickar till den här personen; erkännande hamnar bland personens erkännanden.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <source>Feedback text</source>
        <translation>Återkopplingens text</translation>
    </message>
    <message>
        <source>What you noticed, in your own words</source>
        <translation>Vad du lade märke till, med egna ord</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Ta tillbaka</translation>
    </message>
    <message>
        <source>Save a feedback file…</source>
        <translation>Spara en återkopplingsfil…</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Aktivitet per vecka</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Samtalskvot</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Stage now: {now}. At the start: {start}. Highest: {highest}.</source>
        <translation>Nivå nu: {now}. I början: {start}. Högsta: {highest}.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>inget ännu</translation>
    </message>
    <message>
        <source>Last public action: {last}. File made on {made}.</source>
        <translation>Senaste offentliga handling: {last}. Filen gjord {made}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan this post</source>
        <translation>Planera inlägget</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Planned posts. Days with a plan are in bold; export to see them in your calendar (exporting again updates the same events).</source>
        <translation>Planerade inlägg. Dagar med en plan visas i fetstil. Exportera dem för att se dem i din kalender (en ny export uppdaterar samma händelser).</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Exportera till kalendern (.ics)…</translation>
    </message>
    <message>
        <source>Planned posts</source>
        <translation>Planerade inlägg</translation>
    </message>
    <message>
        <source>Calendar of planned posts</source>
        <translation>Kalender över planerade inlägg</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
</context>
<context>
    <name>PlannedPostsCard</name>
    <message>
        <source>Planned this week</source>
        <translation>Planerat den här veckan</translation>
    </message>
    <message>
        <source>Nothing is planned for this week.</source>
        <translation>Inget är planerat för den här veckan.</translation>
    </message>
    <message>
        <source>Open Drafts</source>
        <translation>Öppna Utkast</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Namnlöst utkast</translation>
    </message>
    <message>
        <source>{weekday} {day} {time} · {network}: {title}</source>
        <translation>{weekday} {day} {time} · {network}: {title}</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Phone</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Dator</translation>
    </message>
    <message>
        <source>The link&apos;s preview shows here: its picture and title.</source>
        <translation>Här visas länkens förhandsvisning: dess bild och rubrik.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>How the %1 feed shows this post:</source>
        <translation>Så här visar flödet på %1 inlägget:</translation>
    </message>
    <message>
        <source>now · %1</source>
        <translation>nu · %1</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(ingen text ännu)</translation>
    </message>
    <message>
        <source>…see more</source>
        <translation>…visa mer</translation>
    </message>
    <message>
        <source>Readers see this much before “…see more”: make the opening line count.</source>
        <translation>Läsarna ser så här mycket före ”…visa mer”: låt inledningen räknas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters past the limit are left out.</source>
        <translation>
            <numerusform>%Ln tecken över gränsen faller bort.</numerusform>
            <numerusform>%Ln tecken över gränsen faller bort.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes %2 characters: shorten the text, or it cannot be posted.</source>
        <translation>%1 tillåter %2 tecken: korta texten, annars kan den inte publiceras.</translation>
    </message>
    <message>
        <source>The whole post shows in the feed.</source>
        <translation>Hela inlägget syns i flödet.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Aktivitet per vecka</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Samtalskvot</translation>
    </message>
    <message>
        <source>Your stage on the ladder</source>
        <translation>Din nivå på stegen</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Vanornas styrka</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Conversation ratio per week</source>
        <translation>Samtalskvot per vecka</translation>
    </message>
    <message>
        <source>Habit strength per week</source>
        <translation>Vanornas styrka per vecka</translation>
    </message>
    <message>
        <source>No habits yet. Add one on the Habits page.</source>
        <translation>Inga vanor ännu. Lägg till en på sidan Vanor.</translation>
    </message>
    <message>
        <source>Each goal&apos;s progress against its target line (dashed).</source>
        <translation>Varje måls framsteg mot sin mållinje (streckad).</translation>
    </message>
    <message>
        <source>No goals in this range. Set one on the Journey page.</source>
        <translation>Inga mål under den här perioden. Sätt ett på sidan Resan.</translation>
    </message>
    <message>
        <source>{ratio} comments and replies per own post in this range ({conversation} comments and replies, {posts} own posts).</source>
        <translation>{ratio} kommentarer och svar per eget inlägg under perioden ({conversation} kommentarer och svar, {posts} egna inlägg).</translation>
    </message>
    <message>
        <source>{conversation} comments and replies, no own posts yet in this range.</source>
        <translation>{conversation} kommentarer och svar, inga egna inlägg ännu under perioden.</translation>
    </message>
    <message>
        <source>No comments, replies or own posts in this range yet.</source>
        <translation>Inga kommentarer, svar eller egna inlägg under perioden ännu.</translation>
    </message>
    <message>
        <source>Your stage history begins with the first thing you log.</source>
        <translation>Din nivåhistorik börjar med det första du loggar.</translation>
    </message>
    <message>
        <source>You started as {stage} in the week of {day}.</source>
        <translation>Du började som {stage} veckan som började {day}.</translation>
    </message>
    <message>
        <source>Choose a longer range to see your start.</source>
        <translation>Välj en längre period för att se din början.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Activity per week</source>
        <translation>Aktivitet per vecka</translation>
    </message>
    <message>
        <source>Conversation ratio per week</source>
        <translation>Samtalskvot per vecka</translation>
    </message>
    <message>
        <source>Habit strength per week</source>
        <translation>Vanornas styrka per vecka</translation>
    </message>
    <message>
        <source>Progress report: {name}</source>
        <translation>Framstegsrapport: {name}</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Framstegsrapport</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>I siffror</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Insikter</translation>
    </message>
    <message>
        <source>Counted in whole weeks: {first} to {last}.</source>
        <translation>Räknat i hela veckor: {first}–{last}.</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>Comments and replies per own post</source>
        <translation>Kommentarer och svar per eget inlägg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>No insights for this period: they need a few weeks of activity and posts with their comments entered.</source>
        <translation>Inga insikter för den här perioden: de kräver några veckors aktivitet och inlägg med inlagda kommentarer.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Diagram: {title}</translation>
    </message>
    <message>
        <source>No numbers in this period.</source>
        <translation>Inga siffror för den här perioden.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>Comments and replies per own post</source>
        <translation>Kommentarer och svar per eget inlägg</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Target line</source>
        <translation>Mållinje</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Senaste 4 veckorna</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Senaste kvartalet</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Senaste året</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Hela tiden</translation>
    </message>
    <message>
        <source>Own posts</source>
        <translation>Egna inlägg</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Delningar</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktioner</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>Finnish</source>
        <comment>posts in this language</comment>
        <translation>finskspråkiga</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>posts in this language</comment>
        <translation>svenskspråkiga</translation>
    </message>
    <message>
        <source>English</source>
        <comment>posts in this language</comment>
        <translation>engelskspråkiga</translation>
    </message>
    <message>
        <source>short posts</source>
        <translation>korta inlägg</translation>
    </message>
    <message>
        <source>medium-length posts</source>
        <translation>medellånga inlägg</translation>
    </message>
    <message>
        <source>long posts</source>
        <translation>långa inlägg</translation>
    </message>
    <message>
        <source>posts that open with a question</source>
        <translation>inlägg som börjar med en fråga</translation>
    </message>
    <message>
        <source>posts that open with an exclamation</source>
        <translation>inlägg som börjar med ett utrop</translation>
    </message>
    <message>
        <source>posts that open with a number</source>
        <translation>inlägg som börjar med en siffra</translation>
    </message>
    <message>
        <source>posts that open with a statement</source>
        <translation>inlägg som börjar med ett påstående</translation>
    </message>
    <message>
        <source>posts about “{topic}”</source>
        <translation>inlägg om ”{topic}”</translation>
    </message>
    <message>
        <source>Posts that end with a question got {times}× the comments of your other posts ({value} against {versus} per post, {n} and {versus_n} posts).</source>
        <translation>Inlägg som slutar med en fråga fick {times} gånger så många kommentarer som dina andra inlägg ({value} mot {versus} per inlägg; {n} och {versus_n} inlägg).</translation>
    </message>
    <message>
        <source>Your {group} got {times}× the comments of your other posts ({value} against {versus} per post, {n} and {versus_n} posts).</source>
        <translation>Dina {group} fick {times} gånger så många kommentarer som dina andra inlägg ({value} mot {versus} per inlägg; {n} och {versus_n} inlägg).</translation>
    </message>
    <message>
        <source>Your busiest day for comments is {day}: {n} of your {total} comments.</source>
        <translation>Du kommenterar mest på {day}: {n} av dina {total} kommentarer.</translation>
    </message>
    <message>
        <source>Your {language} posts are longer than your {other} ones: {value} against {versus} characters on average.</source>
        <translation>Dina {language} inlägg är längre än dina {other}: {value} mot {versus} tecken i genomsnitt.</translation>
    </message>
    <message>
        <source>Your conversation grew: {value} comments and replies per own post lately, against {versus} earlier in this range.</source>
        <translation>Dina samtal har ökat: {value} kommentarer och svar per eget inlägg på senare tid, mot {versus} tidigare under perioden.</translation>
    </message>
    <message>
        <source>Insights appear here once there is enough data: a few weeks of activity and posts with their comments entered.</source>
        <translation>Insikter visas här när det finns tillräckligt med data: några veckors aktivitet och inlägg med inlagda kommentarer.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Mark as published</source>
        <translation>Markera som publicerat</translation>
    </message>
    <message>
        <source>OwnVoice never posts for you. Once you have posted it, note it here.</source>
        <translation>OwnVoice publicerar aldrig åt dig. När du har publicerat inlägget kan du anteckna det här.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
</context>
<context>
    <name>QuickLogCard</name>
    <message>
        <source>Log what you did</source>
        <translation>Logga det du gjort</translation>
    </message>
    <message>
        <source>Did something in public? Note it here; Enter logs it.</source>
        <translation>Har du gjort något offentligt? Skriv upp det här och logga med Enter.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Vad:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>Va&amp;r:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Länk:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Optional: https://…</source>
        <translation>Valfritt: https://…</translation>
    </message>
    <message>
        <source>Optional: a word to remember it by</source>
        <translation>Valfritt: ett ord som hjälper dig att minnas</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Logga</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>Take the last log back (Ctrl+Z)</source>
        <translation>Ta tillbaka den senaste loggningen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>A link starts with https:// or http://.</source>
        <translation>En länk börjar med https:// eller http://.</translation>
    </message>
    <message>
        <source>Removed the last logged action.</source>
        <translation>Den senast loggade aktiviteten togs bort.</translation>
    </message>
    <message>
        <source>Logged: {kind}, {channel}, {day}.</source>
        <translation>Loggat: {kind}, {channel}, {day}.</translation>
    </message>
</context>
<context>
    <name>Recognition</name>
    <message>
        <source>{milestone}!</source>
        <translation>{milestone}!</translation>
    </message>
    <message>
        <source>You have reached a new stage: {stage}.</source>
        <translation>Du har nått en ny nivå: {stage}.</translation>
    </message>
    <message>
        <source>You did what you set out to do.</source>
        <translation>Du gjorde det du föresatt dig.</translation>
    </message>
    <message>
        <source>You did what you set out to do: {goal}</source>
        <translation>Du gjorde det du föresatt dig: {goal}</translation>
    </message>
    <message>
        <source>Every conversation starts with someone who speaks up.</source>
        <translation>Varje samtal börjar med att någon tar till orda.</translation>
    </message>
    <message>
        <source>Your own voice, out in public.</source>
        <translation>Din egen röst, ute i offentligheten.</translation>
    </message>
    <message>
        <source>This is how conversations grow.</source>
        <translation>Det är så samtal växer.</translation>
    </message>
    <message>
        <source>That is a rhythm, not a burst.</source>
        <translation>Det är en rytm, inte en engångsinsats.</translation>
    </message>
</context>
<context>
    <name>RecognitionCard</name>
    <message>
        <source>Recognition</source>
        <translation>Erkännande</translation>
    </message>
    <message>
        <source>Milestones show up here: your first comment, your first own post, four weeks in a row. The first one may be a single comment away.</source>
        <translation>Här syns dina milstolpar: din första kommentar, ditt första egna inlägg, fyra veckor i rad. Den första kan vara bara en kommentar bort.</translation>
    </message>
</context>
<context>
    <name>RecognitionFeed</name>
    <message>
        <source>Recognition</source>
        <translation>Erkännande</translation>
    </message>
    <message>
        <source>Nothing here yet. Milestones appear here by themselves: your first comment on someone else&apos;s post, your first own post, four active weeks in a row, each step up the ladder. Recognition from your coach lands here too, when you import their feedback file. The first one may be a single comment away.</source>
        <translation>Här finns inget ännu. Milstolparna dyker upp här av sig själva: din första kommentar på någon annans inlägg, ditt första egna inlägg, fyra aktiva veckor i rad och varje steg uppåt på stegen. Erkännande från din coach hamnar också här när du importerar coachens återkopplingsfil. Den första kan vara bara en kommentar bort.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>Time for %Ln habits</source>
        <translation>
            <numerusform>Dags för din vana</numerusform>
            <numerusform>Dags för %Ln vanor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>While you were away</source>
        <translation>Medan du var borta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <source>Open OwnVoice</source>
        <translation>Öppna OwnVoice</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Done: {names}</source>
        <translation>Gjort: {names}</translation>
    </message>
    <message>
        <source>Snooze reminders</source>
        <translation>Skjut upp påminnelserna</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Det gick inte att ändra start vid inloggning: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Next review</source>
        <translation>Nästa genomgång</translation>
    </message>
    <message>
        <source>Time to look back: a few lines on how it goes help you choose what next.</source>
        <translation>Dags att se tillbaka: några rader om hur det går hjälper dig att välja vad du gör härnäst.</translation>
    </message>
    <message>
        <source>Next review on {day}: {goal}</source>
        <translation>Nästa genomgång {day}: {goal}</translation>
    </message>
    <message>
        <source>Once you have a goal, you will be asked now and then how it goes: a few lines, kept in your journal.</source>
        <translation>När du har ett mål får du då och då frågan hur det går: några rader som sparas i din dagbok.</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Gå igenom nu</translation>
    </message>
    <message>
        <source>Review now: {goal}</source>
        <translation>Gå igenom nu: {goal}</translation>
    </message>
</context>
<context>
    <name>ServerFolderButton</name>
    <message>
        <source>The server cannot be reached now; showing the copy on this computer.</source>
        <translation>Servern går inte att nå just nu; kopian på den här datorn visas.</translation>
    </message>
    <message>
        <source>Showing the copy on this computer. {problem}</source>
        <translation>Kopian på den här datorn visas. {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new or changed files fetched from the server.</source>
        <translation>
            <numerusform>%Ln ny eller ändrad fil hämtades från servern.</numerusform>
            <numerusform>%Ln nya eller ändrade filer hämtades från servern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of the server folder could not be saved: {reason}</source>
        <translation>Kopian av servermappen kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Open the server folder</source>
        <translation>Öppna servermappen</translation>
    </message>
    <message>
        <source>The coach-sync folder set in Settings, read through a copy on this computer</source>
        <translation>Mappen för synkning med coachen som angetts i Inställningar, läst via en kopia på den här datorn</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>{weekday} {day}, {start}–{end}</source>
        <translation>{weekday} {day} kl. {start}–{end}</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Gruppträffar</translation>
    </message>
    <message>
        <source>with {coach}</source>
        <translation>med {coach}</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Lägg till i kalendern…</translation>
    </message>
    <message>
        <source>Add to calendar: {topic}</source>
        <translation>Lägg till i kalendern: {topic}</translation>
    </message>
    <message>
        <source>Save the session for your calendar</source>
        <translation>Spara träffen för din kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparad</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Filen kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}: open it to add the session to your calendar.</source>
        <translation>{file} sparades: öppna den för att lägga till träffen i din kalender.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>A session you plan goes to everyone with your next group file (Group file…) and shows on their Today page, where they can add it to their calendar.</source>
        <translation>En träff du planerar går till alla med din nästa gruppfil (Gruppfil…) och syns på deras sida I dag, där de kan lägga till den i sin kalender.</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Träffar:</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Ta bort träffen</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>&amp;Börjar kl.:</translation>
    </message>
    <message>
        <source>&amp;Length (minutes):</source>
        <translation>&amp;Längd (minuter):</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>Ä&amp;mne:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>A few lines: what you will do together</source>
        <translation>Några rader om vad ni ska göra tillsammans</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>Planera träffen</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>&amp;Vilka var med</translation>
    </message>
    <message>
        <source>Private to you: never in any file.</source>
        <translation>Bara för dig: aldrig i någon fil.</translation>
    </message>
    <message numerus="yes">
        <source>Assign an exercise to those who took part (%Ln)…</source>
        <translation>
            <numerusform>Ge dem som var med en övning (%Ln)…</numerusform>
            <numerusform>Ge dem som var med en övning (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of menus, lessons and writing checks.</source>
        <translation>Språket i menyer, lektioner och skrivkontroller.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som i systemet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Habits &amp; reminders</source>
        <translation>Vanor och påminnelser</translation>
    </message>
    <message>
        <source>Keep running in the system tray</source>
        <translation>Fortsätt köra i systemfältet</translation>
    </message>
    <message>
        <source>Closing the window keeps OwnVoice in the system tray, so that habit reminders can appear at their time.</source>
        <translation>När du stänger fönstret stannar OwnVoice kvar i systemfältet, så att påminnelserna om dina vanor kan visas i tid.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starta vid inloggning</translation>
    </message>
    <message>
        <source>Start OwnVoice when you log in to this computer, for the reminders.</source>
        <translation>Starta OwnVoice när du loggar in på den här datorn, så att påminnelserna fungerar.</translation>
    </message>
    <message>
        <source>Snooze a reminder for (minutes)</source>
        <translation>Skjut upp en påminnelse i (minuter)</translation>
    </message>
    <message>
        <source>Writing checks</source>
        <translation>Skrivkontroller</translation>
    </message>
    <message>
        <source>Words to keep out of posts</source>
        <translation>Ord som inte hör hemma i inlägg</translation>
    </message>
    <message>
        <source>Unannounced projects, customers and other names that must not go public; separate them with commas. Drafts that mention one are flagged.</source>
        <translation>Opublicerade projekt, kunder och andra namn som inte får bli offentliga; skilj dem åt med kommatecken. Utkast som nämner något av dem får en anmärkning.</translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation>Din arbetsgivare</translation>
    </message>
    <message>
        <source>When a draft is about your employer&apos;s business but does not name your employer, you are reminded to say who you work for.</source>
        <translation>När ett utkast handlar om din arbetsgivares verksamhet men inte nämner arbetsgivaren, påminns du om att berätta var du jobbar.</translation>
    </message>
    <message>
        <source>Your employer&apos;s business</source>
        <translation>Din arbetsgivares verksamhet</translation>
    </message>
    <message>
        <source>Products, services and other words for it; separate them with commas.</source>
        <translation>Produkter, tjänster och andra ord för den; skilj dem åt med kommatecken.</translation>
    </message>
    <message>
        <source>Your Mastodon server</source>
        <translation>Din Mastodon-server</translation>
    </message>
    <message>
        <source>For example mastodon.social; drafts then open in your server&apos;s editor.</source>
        <translation>Till exempel mastodon.social; utkast öppnas då i din servers redigerare.</translation>
    </message>
    <message>
        <source>Writing assistant</source>
        <translation>Skrivassistent</translation>
    </message>
    <message>
        <source>Use a writing assistant</source>
        <translation>Använd en skrivassistent</translation>
    </message>
    <message>
        <source>A language model on this computer or your company&apos;s server suggests openers, tighter wording and translations in your voice. Nothing is sent until you ask.</source>
        <translation>En språkmodell på den här datorn eller på företagets server föreslår inledningar, stramare formuleringar och översättningar med din röst. Ingenting skickas förrän du ber om det.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Ollama on this computer</source>
        <translation>Ollama på den här datorn</translation>
    </message>
    <message>
        <source>llama.cpp server on this computer</source>
        <translation>llama.cpp-server på den här datorn</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio på den här datorn</translation>
    </message>
    <message>
        <source>Another address (company server)</source>
        <translation>Annan adress (företagets server)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serverns adress</translation>
    </message>
    <message>
        <source>The address of an OpenAI-compatible API, such as https://llm.example.com/v1.</source>
        <translation>Adressen till ett OpenAI-kompatibelt API, till exempel https://llm.example.com/v1.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Coach sync</source>
        <translation>Synkning med coachen</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Typ av plats</translation>
    </message>
    <message>
        <source>A shared folder (WebDAV)</source>
        <translation>En delad mapp (WebDAV)</translation>
    </message>
    <message>
        <source>A file drop link (upload only)</source>
        <translation>En länk för filinlämning (endast uppladdning)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Company certificate file</source>
        <translation>Företagets certifikatfil</translation>
    </message>
    <message>
        <source>Coach sync password</source>
        <translation>Lösenord för synkning med coachen</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>väntar på svar</translation>
    </message>
    <message>
        <source>yes, with their name</source>
        <translation>ja, med namn</translation>
    </message>
    <message>
        <source>yes, without their name</source>
        <translation>ja, utan namn</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>återtaget</translation>
    </message>
    <message>
        <source>Ask to share one of their posts with the group, with a line on why it works. They see exactly this text and decide whether their name goes with it; they can take a yes back at any time.</source>
        <translation>Be att få dela ett av personens inlägg med gruppen, med en rad om varför det fungerar. Personen ser exakt den här texten och bestämmer om namnet följer med; ett ja kan tas tillbaka när som helst.</translation>
    </message>
    <message>
        <source>Requests to share</source>
        <translation>Förfrågningar om att dela</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Utgå &amp;från:</translation>
    </message>
    <message>
        <source>The &amp;post:</source>
        <translation>&amp;Inlägget:</translation>
    </message>
    <message>
        <source>&amp;Why it works:</source>
        <translation>&amp;Varför det fungerar:</translation>
    </message>
    <message>
        <source>Paste or write the text</source>
        <translation>Klistra in eller skriv texten</translation>
    </message>
    <message>
        <source>What makes it work, in one line</source>
        <translation>Vad som får det att fungera, på en rad</translation>
    </message>
    <message>
        <source>Ask to share</source>
        <translation>Be att få dela</translation>
    </message>
</context>
<context>
    <name>SpellingMarks</name>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>Add “%1” to my words</source>
        <translation>Lägg till ”%1” bland mina ord</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Letar efter förslag…</translation>
    </message>
    <message>
        <source>Ignore in this draft</source>
        <translation>Ignorera i det här utkastet</translation>
    </message>
</context>
<context>
    <name>SpellingNotice</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the note about spelling</source>
        <translation>Stäng meddelandet om stavningskontrollen</translation>
    </message>
    <message>
        <source>Spelling for %1 is not installed on this computer, so misspelt words are not underlined. To add it on Debian or Ubuntu: sudo apt-get install %2, then start OwnVoice again.</source>
        <translation>Stavningskontroll för %1 är inte installerad på den här datorn, så felstavade ord stryks inte under. I Debian eller Ubuntu installerar du den med sudo apt-get install %2. Starta sedan om OwnVoice.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Use this</source>
        <translation>Använd detta</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Infoga</translation>
    </message>
    <message>
        <source>Replace the draft&apos;s text with this suggestion</source>
        <translation>Ersätt utkastets text med det här förslaget</translation>
    </message>
    <message>
        <source>Insert this at the cursor in your draft</source>
        <translation>Infoga detta vid markören i ditt utkast</translation>
    </message>
    <message>
        <source>Checking against your voice…</source>
        <translation>Jämför med din röst…</translation>
    </message>
    <message>
        <source>The voice check has nothing to flag.</source>
        <translation>Röstkontrollen har inget att anmärka på.</translation>
    </message>
    <message>
        <source>Voice check:</source>
        <translation>Röstkontroll:</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>From the stage at the start (rows) to the stage now (columns):</source>
        <translation>Från nivån i början (rader) till nivån nu (kolumner):</translation>
    </message>
    <message>
        <source>Public actions of the whole cohort, by month:</source>
        <translation>Hela gruppens offentliga handlingar, per månad:</translation>
    </message>
    <message>
        <source>Save as a web page…</source>
        <translation>Spara som webbsida…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Spara som CSV…</translation>
    </message>
    <message>
        <source>Stage at the start and now</source>
        <translation>Nivå i början och nu</translation>
    </message>
    <message>
        <source>Public actions by month</source>
        <translation>Offentliga handlingar per månad</translation>
    </message>
    <message>
        <source>Open a folder of progress files to see the cohort.</source>
        <translation>Öppna en mapp med framstegsfiler för att se gruppen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people coached</source>
        <translation>
            <numerusform>%Ln coachad person</numerusform>
            <numerusform>%Ln coachade personer</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved up: {up}. Stayed: {same}. Moved down: {down}.</source>
        <translation>Steg uppåt: {up}. Stannade: {same}. Steg nedåt: {down}.</translation>
    </message>
    <message>
        <source>Not surveyed</source>
        <translation>Ingen enkät</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlingar</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Found {posts}, {comments} and {replies}.</source>
        <translation>Importen hittade {posts}, {comments} och {replies}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln inlägg</numerusform>
            <numerusform>%Ln inlägg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln kommentar</numerusform>
            <numerusform>%Ln kommentarer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln svar</numerusform>
            <numerusform>%Ln svar</numerusform>
        </translation>
    </message>
    <message>
        <source>Also {shares} and {reactions}, for your activity log.</source>
        <translation>Dessutom {shares} och {reactions}, som läggs till bland dina loggade aktiviteter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reposts</source>
        <translation>
            <numerusform>%Ln delning</numerusform>
            <numerusform>%Ln delningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactions</source>
        <translation>
            <numerusform>%Ln reaktion</numerusform>
            <numerusform>%Ln reaktioner</numerusform>
        </translation>
    </message>
    <message>
        <source>New: {texts} in your corpus and {activities} in your activity log.</source>
        <translation>Nytt: {texts} i din textsamling och {activities} i din aktivitetslogg.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResult</name>
    <message>
        <source>Your starting point</source>
        <translation>Din utgångspunkt</translation>
    </message>
    <message>
        <source>The ladder, from listening to leading by example:</source>
        <translation>Stegen, från lyssnare till förebild:</translation>
    </message>
    <message>
        <source>From here on, your stage follows what you log, not what you answered. Next, find out what&apos;s in it for you.</source>
        <translation>Från och med nu följer din nivå det du loggar, inte det du svarade. Härnäst tar du reda på vad du själv får ut av det här.</translation>
    </message>
</context>
<context>
    <name>SurveyStep</name>
    <message>
        <source>Survey the ground</source>
        <translation>Kartlägg läget</translation>
    </message>
    <message>
        <source>Where are you today? There are no right answers: this only sets your starting point, and what you actually do from now on moves you along.</source>
        <translation>Var står du i dag? Det finns inga rätta svar: det här ger bara din utgångspunkt, och det som för dig framåt är det du faktiskt gör från och med nu.</translation>
    </message>
    <message>
        <source>Which channels do you use, even just for reading?</source>
        <translation>Vilka kanaler använder du, om så bara för att läsa?</translation>
    </message>
    <message>
        <source>Pick a channel to say how often you read, react, comment and post there.</source>
        <translation>Välj en kanal, så kan du berätta hur ofta du läser, reagerar, kommenterar och publicerar där.</translation>
    </message>
    <message>
        <source>How confident do you feel about writing in public, from 1 to 5?</source>
        <translation>Hur säker känner du dig på att skriva offentligt, på en skala från 1 till 5?</translation>
    </message>
    <message>
        <source>1 = not at all</source>
        <translation>1 = inte alls</translation>
    </message>
    <message>
        <source>5 = very</source>
        <translation>5 = mycket säker</translation>
    </message>
    <message>
        <source>Confidence {value} of 5</source>
        <translation>Säkerhet {value} av 5</translation>
    </message>
    <message>
        <source>How many hours a week can you give to this?</source>
        <translation>Hur många timmar i veckan kan du lägga på det här?</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timmar i veckan</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Do you know your employer&apos;s social-media guidelines?</source>
        <translation>Känner du till din arbetsgivares riktlinjer för sociala medier?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Osäker</translation>
    </message>
    <message>
        <source>What holds you back? Pick any that fit.</source>
        <translation>Vad håller dig tillbaka? Välj alla som stämmer.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Coach sync is not set up.</source>
        <translation>Synkningen med coachen är inte inställd.</translation>
    </message>
    <message>
        <source>The address is not a web address such as https://cloud.example.com/…</source>
        <translation>Adressen är ingen webbadress som https://cloud.example.com/…</translation>
    </message>
    <message>
        <source>The address must start with https:// so that nobody can read along.</source>
        <translation>Adressen måste börja med https:// så att ingen kan läsa med.</translation>
    </message>
    <message>
        <source>The password is needed for coach sync.</source>
        <translation>Synkningen med coachen behöver lösenordet.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Servern godkände inte användarnamnet eller lösenordet.</translation>
    </message>
    <message>
        <source>The server does not allow this account to write to the folder.</source>
        <translation>Servern låter inte det här kontot skriva i mappen.</translation>
    </message>
    <message>
        <source>The folder was not found on the server.</source>
        <translation>Mappen finns inte på servern.</translation>
    </message>
    <message>
        <source>The address answers, but it is not a WebDAV folder.</source>
        <translation>Adressen svarar, men det är ingen WebDAV-mapp.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted. Ask your IT for the company certificate file and choose it below.</source>
        <translation>Serverns certifikat gick inte att lita på. Be IT-stödet om företagets certifikatfil och välj den nedan.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read.</source>
        <translation>Certifikatfilen går inte att läsa.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; files wait and go later.</source>
        <translation>Servern går inte att nå just nu; filerna väntar och skickas senare.</translation>
    </message>
    <message>
        <source>The server is answering too slowly; files wait and go later.</source>
        <translation>Servern svarar för långsamt; filerna väntar och skickas senare.</translation>
    </message>
    <message>
        <source>The server had a problem; files wait and go later.</source>
        <translation>Servern hade ett problem; filerna väntar och skickas senare.</translation>
    </message>
    <message>
        <source>The server has no room left; files wait until there is some.</source>
        <translation>Servern har inget utrymme kvar; filerna väntar tills det finns plats.</translation>
    </message>
    <message>
        <source>A different file with the same name is already on the server; it was kept.</source>
        <translation>En annan fil med samma namn finns redan på servern; den lämnades orörd.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>Sent %Ln files to your coach.</source>
        <translation>
            <numerusform>Skickade %Ln fil till din coach.</numerusform>
            <numerusform>Skickade %Ln filer till din coach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages from your coach.</source>
        <translation>
            <numerusform>%Ln nytt meddelande från din coach.</numerusform>
            <numerusform>%Ln nya meddelanden från din coach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with your coach…</source>
        <translation>Synkar med din coach…</translation>
    </message>
    <message>
        <source>Coach sync</source>
        <translation>Synkning med coachen</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synkning: %1</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synkat {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkat ännu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files waiting</source>
        <translation>
            <numerusform>%Ln fil väntar</numerusform>
            <numerusform>%Ln filer väntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in conflict</source>
        <translation>
            <numerusform>%Ln fil i konflikt</numerusform>
            <numerusform>%Ln filer i konflikt</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now with your coach</source>
        <translation>S&amp;ynka nu med din coach</translation>
    </message>
    <message>
        <source>Coach sync password</source>
        <translation>Lösenord för synkning med coachen</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so OwnVoice cannot keep your coach sync password. Enter it for this session; it is forgotten when OwnVoice closes.</source>
        <translation>Den här datorn har ingen nyckelring i systemet, så OwnVoice kan inte spara lösenordet för synkning med coachen. Ange det för den här sessionen; det glöms när OwnVoice stängs.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Start with a habit or two</source>
        <translation>Börja med en vana eller två</translation>
    </message>
    <message>
        <source>A voice grows from small things done often: a thoughtful comment, an answer, an idea written down. Pick what fits you; you can change everything later.</source>
        <translation>En röst växer av små saker som du gör ofta: en genomtänkt kommentar, ett svar, en idé som du skriver ner. Välj det som passar dig; du kan ändra allt senare.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Lägg till ”{name}”</translation>
    </message>
    <message>
        <source>Create your own habit…</source>
        <translation>Skapa en egen vana…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Hello</source>
        <translation>Hej</translation>
    </message>
    <message>
        <source>Opening your journey…</source>
        <translation>Din resa öppnas…</translation>
    </message>
    <message>
        <source>Your journey cannot be opened just now.</source>
        <translation>Din resa kan inte öppnas just nu.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hej, {name}</translation>
    </message>
    <message>
        <source>Your starting point: {stage}</source>
        <translation>Din utgångspunkt: {stage}</translation>
    </message>
    <message>
        <source>Your stage now: {stage}</source>
        <translation>Din nivå nu: {stage}</translation>
    </message>
    <message>
        <source>you started as: {stage}</source>
        <translation>du började som: {stage}</translation>
    </message>
    <message>
        <source>Find your starting point</source>
        <translation>Hitta din utgångspunkt</translation>
    </message>
    <message>
        <source>A few questions on how you use social media now, what you want from it and what you know about. It takes about ten minutes, and every step can be skipped.</source>
        <translation>Några frågor om hur du använder sociala medier i dag, vad du vill få ut av dem och vad du kan. Det tar ungefär tio minuter, och du kan hoppa över vilket steg som helst.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Time for your quarterly check</source>
        <translation>Dags för kvartalskollen</translation>
    </message>
    <message>
        <source>Three months have passed since your last survey. Take it again to see how your habits have changed since you started.</source>
        <translation>Det har gått tre månader sedan din senaste enkät. Gör den på nytt, så ser du hur dina vanor har förändrats sedan du började.</translation>
    </message>
    <message>
        <source>Re-take the survey</source>
        <translation>Gör enkäten på nytt</translation>
    </message>
</context>
<context>
    <name>TopicList</name>
    <message>
        <source>New topic</source>
        <translation>Nytt ämne</translation>
    </message>
    <message>
        <source>For example: energy-efficient buildings</source>
        <translation>Till exempel: energieffektiva byggnader</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Lägg till ämne</translation>
    </message>
    <message>
        <source>Your topics</source>
        <translation>Dina ämnen</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Ta bort ämne</translation>
    </message>
</context>
<context>
    <name>TravelWidget</name>
    <message>
        <source>Travelling until {day}: nothing counts against you.</source>
        <translation>På resa till och med {day}: inget räknas emot dig.</translation>
    </message>
    <message>
        <source>Change the last day:</source>
        <translation>Ändra sista dagen:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <source>A trip from {start}. Travelling until:</source>
        <translation>En resa från och med {start}. På resa till och med:</translation>
    </message>
    <message>
        <source>Travel from today</source>
        <translation>Börja resan redan i dag</translation>
    </message>
    <message>
        <source>I&apos;m &amp;travelling until</source>
        <translation>Jag är på &amp;resa till och med</translation>
    </message>
    <message>
        <source>Start travel mode</source>
        <translation>Slå på resläget</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Jag är tillbaka</translation>
    </message>
    <message>
        <source>Until then, missed days do not lower any habit&apos;s strength or end a streak.</source>
        <translation>Fram till dess sänker missade dagar inte någon vanas styrka och bryter inga sviter.</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <source>Text for %1</source>
        <translation>Text för %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy this text; paste it into the network yourself.</source>
        <translation>Kopiera texten och klistra själv in den i tjänsten.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Öppna i %1</translation>
    </message>
    <message>
        <source>Opens the network&apos;s own compose page with this text. You post it there.</source>
        <translation>Öppnar tjänstens egen skrivsida med den här texten. Där publicerar du den själv.</translation>
    </message>
    <message>
        <source>Carry over to…</source>
        <translation>För över till…</translation>
    </message>
    <message>
        <source>Start another network&apos;s version from this text; what must shrink is marked.</source>
        <translation>Börja ett annat nätverks version från den här texten; det som måste kortas markeras.</translation>
    </message>
    <message>
        <source>The whole post shows without “…see more”.</source>
        <translation>Hela inlägget syns utan ”…visa mer”.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ ja</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ nej</translation>
    </message>
    <message>
        <source>Opening line above “…see more”: phone %1, desktop %2</source>
        <translation>Inledningen ovanför ”…visa mer”: mobil %1, dator %2</translation>
    </message>
    <message>
        <source>Started from the %1 text.</source>
        <translation>Påbörjad från texten för %1.</translation>
    </message>
    <message>
        <source>What is past the limit is marked: shorten it to fit.</source>
        <translation>Det som går över gränsen är markerat: korta texten så att den ryms.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln tecken</numerusform>
            <numerusform>%Ln tecken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters too many</source>
        <translation>
            <numerusform>%Ln tecken för mycket</numerusform>
            <numerusform>%Ln tecken för mycket</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>osäkert</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogg</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Internt nätverk</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>VoiceImport</name>
    <message>
        <source>On {day}.</source>
        <translation>Den {day}.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>Från {first} till {last}.</translation>
    </message>
    <message>
        <source>{language} {count}</source>
        <translation>{language} {count}</translation>
    </message>
    <message>
        <source>Languages: {languages}.</source>
        <translation>Språk: {languages}.</translation>
    </message>
    <message>
        <source>Nothing new: all of it was imported before.</source>
        <translation>Inget nytt: allt hade redan importerats tidigare.</translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <translation>{reason}: {count}</translation>
    </message>
    <message>
        <source>Left out: {reasons}.</source>
        <translation>Lämnades utanför – {reasons}.</translation>
    </message>
    <message>
        <source>This is not a ZIP archive, a folder or a file this import reads.</source>
        <translation>Det här är varken ett ZIP-arkiv, en mapp eller en fil som den här importen kan läsa.</translation>
    </message>
    <message>
        <source>The ZIP archive is incomplete (cut short). Download it again.</source>
        <translation>ZIP-arkivet är ofullständigt (avbrutet). Ladda ner det igen.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged. Download it again.</source>
        <translation>ZIP-arkivet är skadat. Ladda ner det igen.</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than it holds, so it was not opened.</source>
        <translation>Uppackat skulle arkivet bli orimligt mycket större än det är, så det öppnades inte.</translation>
    </message>
    <message>
        <source>The file is too large to read.</source>
        <translation>Filen är för stor för att läsas.</translation>
    </message>
    <message>
        <source>The archive holds a path that points outside it, so it was not opened.</source>
        <translation>Arkivet innehåller en sökväg som pekar utanför arkivet, så det öppnades inte.</translation>
    </message>
    <message>
        <source>The archive is password-protected. Export it again without a password.</source>
        <translation>Arkivet är lösenordsskyddat. Exportera det igen utan lösenord.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Filen kan inte läsas. Kontrollera att den finns och att du har behörighet att öppna den.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. It may have been saved by a spreadsheet; a fresh export fixes it.</source>
        <translation>Filen är inte UTF-8-text. Den kan ha sparats i ett kalkylprogram; en ny export löser problemet.</translation>
    </message>
    <message>
        <source>A column this import needs is missing: {detail}.</source>
        <translation>En kolumn som importen behöver saknas: {detail}.</translation>
    </message>
    <message>
        <source>The table in the file cannot be read.</source>
        <translation>Tabellen i filen kan inte läsas.</translation>
    </message>
    <message>
        <source>The data in the file is not in the expected shape.</source>
        <translation>Uppgifterna i filen har inte det väntade formatet.</translation>
    </message>
    <message>
        <source>The archive holds none of the files this import reads. Is it the right network&apos;s archive?</source>
        <translation>Arkivet innehåller inga av de filer som den här importen läser. Är det dataarkivet från rätt tjänst?</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Filen kan inte importeras.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. {problem}</source>
        <translation>Ingenting importerades från {file}. {problem}</translation>
    </message>
    <message>
        <source>private messages (never imported)</source>
        <translation>privata meddelanden (importeras aldrig)</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>inget läsbart datum</translation>
    </message>
    <message>
        <source>the same item twice</source>
        <translation>samma post två gånger</translation>
    </message>
    <message>
        <source>no identifier</source>
        <translation>ingen identifierare</translation>
    </message>
    <message>
        <source>not in the expected shape</source>
        <translation>inte i väntat format</translation>
    </message>
    <message>
        <source>a kind of record this import does not read</source>
        <translation>en posttyp som importen inte läser</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>ingen text</translation>
    </message>
    <message>
        <source>LinkedIn: Settings &amp; Privacy → Data privacy → Get a copy of your data. Choose the larger archive (posts, comments, profile and connections are in it) and request it. LinkedIn e-mails you a link, usually within a day; download the ZIP file.</source>
        <translation>LinkedIn: Inställningar och sekretess → Dataintegritet → Få en kopia av dina data. Välj det större arkivet (det innehåller inlägg, kommentarer, profil och kontakter) och begär det. LinkedIn mejlar dig en länk, oftast inom ett dygn; ladda ner ZIP-filen.</translation>
    </message>
    <message>
        <source>X: Settings and privacy → Your account → Download an archive of your data. Confirm your password; X tells you when the ZIP file is ready, usually within a day or two.</source>
        <translation>X: Inställningar och integritet → Ditt konto → Ladda ned ett arkiv med dina data. Bekräfta ditt lösenord; X meddelar dig när ZIP-filen är klar, oftast inom ett eller två dygn.</translation>
    </message>
    <message>
        <source>Mastodon: Preferences → Import and export → Data export → Request your archive. When it is ready (often within an hour), download the file from the same page.</source>
        <translation>Mastodon: Inställningar → Import och export → Dataexport → Begär ditt arkiv. När det är klart (ofta inom en timme) laddar du ner filen från samma sida.</translation>
    </message>
    <message>
        <source>Your own writing: paste a blog post or talk, or open .txt and .md files (or a folder of them). Separate several texts in one file with a line of three hyphens after an empty line.</source>
        <translation>Dina egna texter: klistra in ett blogginlägg eller ett föredrag, eller öppna .txt- och .md-filer (eller en mapp med sådana). Skilj flera texter i samma fil åt med en tom rad följd av en rad med tre bindestreck (---).</translation>
    </message>
    <message>
        <source>dated before 2000 or after next year</source>
        <translation>daterade före år 2000 eller efter nästa år</translation>
    </message>
</context>
<context>
    <name>VoiceImports</name>
    <message>
        <source>Remove this import?</source>
        <translation>Ta bort den här importen?</translation>
    </message>
    <message>
        <source>Your voice profile and your journey are worked out again without them. Texts that an earlier import had already brought stay. You can import the archive again.</source>
        <translation>Din skrivstil och din resa räknas om utan dem. Texter som en tidigare import redan hade lagt till blir kvar. Du kan importera arkivet igen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Your own writing</source>
        <translation>Egna texter</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>inget nytt</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>Your imports</source>
        <translation>Dina importer</translation>
    </message>
    <message>
        <source>Imported the wrong archive? Remove takes out what that import added: its texts and its logged actions. The file itself is not touched.</source>
        <translation>Importerade du fel arkiv? Ta bort tar bort det som importen lade till: dess texter och loggade aktiviteter. Själva filen rörs inte.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Remove the import {name}</source>
        <translation>Ta bort importen {name}</translation>
    </message>
    <message>
        <source>Remove what the import {name} of {day} added: {what}?</source>
        <translation>Ta bort det som importen {name} ({day}) lade till: {what}?</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Your profile is being built…</source>
        <translation>Din skrivstil tas fram…</translation>
    </message>
    <message>
        <source>None of your texts is in Finnish, Swedish or English yet.</source>
        <translation>Ingen av dina texter är ännu på finska, svenska eller engelska.</translation>
    </message>
    <message>
        <source>Reading your texts…</source>
        <translation>Läser dina texter…</translation>
    </message>
    <message>
        <source>OwnVoice learns how you write from your own posts, so that it can help you write in your own voice. Nothing leaves your computer.</source>
        <translation>OwnVoice lär sig hur du skriver utifrån dina egna inlägg, så att appen kan hjälpa dig att skriva med din egen röst. Ingenting lämnar din dator.</translation>
    </message>
    <message numerus="yes">
        <source>How you write in {language}, learnt from %Ln of your texts.</source>
        <translation>
            <numerusform>Så skriver du på {language}, inlärt från %Ln av dina texter.</numerusform>
            <numerusform>Så skriver du på {language}, inlärt från %Ln av dina texter.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have {texts} here, in {languages}.</source>
        <translation>Här finns {texts} av dig, på {languages}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln languages</source>
        <translation>
            <numerusform>%Ln språk</numerusform>
            <numerusform>%Ln språk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out by you.</source>
        <translation>
            <numerusform>%Ln har du själv lämnat utanför.</numerusform>
            <numerusform>%Ln har du själv lämnat utanför.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in other languages, which your profile does not describe (OwnVoice knows Finnish, Swedish and English): {languages}.</source>
        <translation>Dessutom texter på andra språk, som din profil inte beskriver (OwnVoice kan finska, svenska och engelska): {languages}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln too short or too mixed to tell the language.</source>
        <translation>
            <numerusform>%Ln för kort eller för blandad för att språket ska gå att avgöra.</numerusform>
            <numerusform>%Ln för korta eller för blandade för att språket ska gå att avgöra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating your voice with the new texts…</source>
        <translation>Din skrivstil uppdateras med de nya texterna…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Bring in what you have written</source>
        <translation>Hämta in det du har skrivit</translation>
    </message>
    <message>
        <source>Every network lets you download your own data as an archive, a ZIP file. Download yours, then press Import… and choose it. OwnVoice reads your posts, comments and replies from it on this computer; private messages are left out.</source>
        <translation>Alla tjänster låter dig ladda ner dina egna uppgifter som ett dataarkiv, en ZIP-fil. Ladda ner ditt, tryck sedan på Importera… och välj det. OwnVoice läser dina inlägg, kommentarer och svar ur arkivet här på datorn; privata meddelanden lämnas utanför.</translation>
    </message>
    <message>
        <source>How you write</source>
        <translation>Så skriver du</translation>
    </message>
    <message>
        <source>Your texts</source>
        <translation>Dina texter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Untick a text to leave it out of your voice, for example one a colleague wrote for you.</source>
        <translation>Avmarkera en text för att lämna den utanför din skrivstil, till exempel en som en kollega har skrivit åt dig.</translation>
    </message>
    <message>
        <source>Search your texts</source>
        <translation>Sök i dina texter</translation>
    </message>
</context>
<context>
    <name>VoiceTraits</name>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>”{quote}”</translation>
    </message>
    <message>
        <source>You {often} open with a question.</source>
        <translation>Du inleder {often} med en fråga.</translation>
    </message>
    <message>
        <source>You {often} open with an exclamation.</source>
        <translation>Du inleder {often} med ett utrop.</translation>
    </message>
    <message>
        <source>You {often} open with an emoji.</source>
        <translation>Du inleder {often} med en emoji.</translation>
    </message>
    <message>
        <source>You {often} open by naming someone.</source>
        <translation>Du inleder {often} med att nämna någon.</translation>
    </message>
    <message>
        <source>You {often} open with a number.</source>
        <translation>Du inleder {often} med en siffra.</translation>
    </message>
    <message>
        <source>You {often} open with a greeting.</source>
        <translation>Du inleder {often} med en hälsning.</translation>
    </message>
    <message>
        <source>You {often} open by thanking someone.</source>
        <translation>Du inleder {often} med att tacka någon.</translation>
    </message>
    <message>
        <source>You {often} open with yourself (“I …”).</source>
        <translation>Du inleder {often} med dig själv (”jag …”).</translation>
    </message>
    <message>
        <source>You {often} open with your team (“we …”).</source>
        <translation>Du inleder {often} med ditt team (”vi …”).</translation>
    </message>
    <message>
        <source>You {often} open with the word “{word}”.</source>
        <translation>Du inleder {often} med ordet ”{word}”.</translation>
    </message>
    <message>
        <source>You {often} end with hashtags.</source>
        <translation>Du avslutar {often} med hashtaggar.</translation>
    </message>
    <message>
        <source>You {often} end by naming someone.</source>
        <translation>Du avslutar {often} med att nämna någon.</translation>
    </message>
    <message>
        <source>You {often} end with a link.</source>
        <translation>Du avslutar {often} med en länk.</translation>
    </message>
    <message>
        <source>You {often} end with an emoji.</source>
        <translation>Du avslutar {often} med en emoji.</translation>
    </message>
    <message>
        <source>You {often} end with a question to your readers.</source>
        <translation>Du avslutar {often} med en fråga till dina läsare.</translation>
    </message>
    <message>
        <source>You {often} end with an exclamation.</source>
        <translation>Du avslutar {often} med ett utrop.</translation>
    </message>
    <message>
        <source>You {often} sign off with the same line.</source>
        <translation>Du avslutar {often} med samma rad.</translation>
    </message>
    <message numerus="yes">
        <source>Your %Ln posts are about {chars} characters long.</source>
        <translation>
            <numerusform>Ditt inlägg är {chars} tecken långt.</numerusform>
            <numerusform>Dina %Ln inlägg är cirka {chars} tecken långa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your posts are usually about {median} characters long; most are between {low} and {high}.</source>
        <translation>Dina inlägg är oftast cirka {median} tecken långa; de flesta är mellan {low} och {high} tecken.</translation>
    </message>
    <message>
        <source>You write short sentences: about {words} words each.</source>
        <translation>Du skriver korta meningar: cirka {words} ord per mening.</translation>
    </message>
    <message>
        <source>Your sentences are of medium length, about {words} words.</source>
        <translation>Dina meningar är medellånga, cirka {words} ord.</translation>
    </message>
    <message>
        <source>You write long sentences, about {words} words each.</source>
        <translation>Du skriver långa meningar, cirka {words} ord per mening.</translation>
    </message>
    <message>
        <source>You ask your readers a lot: {share} of your posts have a question.</source>
        <translation>Du ställer många frågor till dina läsare: {share} av dina inlägg innehåller en fråga.</translation>
    </message>
    <message>
        <source>You ask a question now and then ({share} of your posts).</source>
        <translation>Du ställer en fråga då och då ({share} av dina inlägg).</translation>
    </message>
    <message>
        <source>You mostly write as yourself (“I”).</source>
        <translation>Du skriver mest för egen räkning (”jag”).</translation>
    </message>
    <message>
        <source>You mostly write as a team (“we”).</source>
        <translation>Du skriver mest för teamets räkning (”vi”).</translation>
    </message>
    <message>
        <source>You write both as yourself and as a team (“I” and “we”).</source>
        <translation>Du skriver både för egen och för teamets räkning (”jag” och ”vi”).</translation>
    </message>
    <message>
        <source>You use {list}.</source>
        <translation>Du använder {list}.</translation>
    </message>
    <message>
        <source>Phrases you come back to: {phrases}.</source>
        <translation>Fraser som du återkommer till: {phrases}.</translation>
    </message>
    <message>
        <source>You write most about {topics}.</source>
        <translation>Du skriver mest om {topics}.</translation>
    </message>
    <message>
        <source>very easy to read</source>
        <translation>mycket lättläst</translation>
    </message>
    <message>
        <source>easy to read</source>
        <translation>lättläst</translation>
    </message>
    <message>
        <source>of medium difficulty</source>
        <translation>medelsvår</translation>
    </message>
    <message>
        <source>demanding</source>
        <translation>krävande</translation>
    </message>
    <message>
        <source>very demanding</source>
        <translation>mycket krävande</translation>
    </message>
    <message>
        <source>Your text is {level} (readability index LIX {lix}); {share} of your words are long, over six letters.</source>
        <translation>Din text är {level} (läsbarhetsindex LIX {lix}); {share} av dina ord är långa, över sex bokstäver.</translation>
    </message>
    <message>
        <source>usually</source>
        <translation>oftast</translation>
    </message>
    <message>
        <source>often</source>
        <translation>ofta</translation>
    </message>
    <message>
        <source>You rarely ask questions in your posts.</source>
        <translation>Du ställer sällan frågor i dina inlägg.</translation>
    </message>
    <message>
        <source>You seldom write about yourself: “I” and “we” hardly appear.</source>
        <translation>Du skriver sällan om dig själv: ”jag” och ”vi” förekommer knappt.</translation>
    </message>
    <message>
        <source>emoji in {share} of your posts</source>
        <translation>emojier i {share} av dina inlägg</translation>
    </message>
    <message>
        <source>hashtags in {share} (about {n} each)</source>
        <translation>hashtaggar i {share} (cirka {n} per inlägg)</translation>
    </message>
    <message>
        <source>mentions in {share}</source>
        <translation>omnämnanden i {share}</translation>
    </message>
    <message>
        <source>You use no emoji, hashtags or mentions.</source>
        <translation>Du använder inga emojier, hashtaggar eller omnämnanden.</translation>
    </message>
    <message>
        <source>“{phrase}”</source>
        <translation>”{phrase}”</translation>
    </message>
    <message>
        <source>{channel} about {chars}</source>
        <translation>{channel} cirka {chars}</translation>
    </message>
    <message>
        <source>Your typical length in characters per channel: {list}.</source>
        <translation>Din typiska längd i tecken per kanal: {list}.</translation>
    </message>
</context>
<context>
    <name>WeekCard</name>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Edit goal: {goal}</source>
        <translation>Redigera målet: {goal}</translation>
    </message>
    <message>
        <source>A goal turns a good intention into a plan for the week. Start small: two comments a week for a month is a fine first goal.</source>
        <translation>Ett mål gör en god föresats till en plan för veckan. Börja smått: två kommentarer i veckan under en månad är ett fint första mål.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Lägg till ett mål</translation>
    </message>
    <message>
        <source>Set your first goal</source>
        <translation>Sätt upp ditt första mål</translation>
    </message>
    <message>
        <source>{current} of {target}</source>
        <translation>{current} av {target}</translation>
    </message>
    <message>
        <source>{done} of {target} this week</source>
        <translation>{done} av {target} den här veckan</translation>
    </message>
    <message>
        <source>Habit check-ins</source>
        <translation>Vanans avbockningar</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>senast {day}</translation>
    </message>
    <message>
        <source>agreed with your coach</source>
        <translation>överenskommet med din coach</translation>
    </message>
    <message>
        <source>Goal reached. Set the next one when you are ready.</source>
        <translation>Målet är nått. Sätt upp nästa när du är redo.</translation>
    </message>
    <message>
        <source>Starts on {day}.</source>
        <translation>Börjar den {day}.</translation>
    </message>
    <message>
        <source>The deadline has passed. Change the goal, or set a new one.</source>
        <translation>Slutdatumet har passerat. Ändra målet eller sätt upp ett nytt.</translation>
    </message>
    <message>
        <source>This week&apos;s share is done. Anything more is a head start.</source>
        <translation>Veckans del är klar. Allt extra är ett försprång.</translation>
    </message>
    <message>
        <source>{left} more this week helps you catch up.</source>
        <translation>{left} till den här veckan hjälper dig att komma ikapp.</translation>
    </message>
    <message>
        <source>{left} more this week keeps you on track.</source>
        <translation>{left} till den här veckan håller dig på rätt spår.</translation>
    </message>
    <message>
        <source>Update the number with Edit when it changes.</source>
        <translation>Uppdatera siffran med Redigera när den ändras.</translation>
    </message>
    <message>
        <source>{done} this week. Add a deadline to see a weekly pace.</source>
        <translation>{done} den här veckan. Lägg till ett slutdatum, så ser du en veckotakt.</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>{week} (from {day}): {stage}</source>
        <translation>{week} (från {day}): {stage}</translation>
    </message>
    <message>
        <source>Nothing logged yet: this is where your survey placed you.</source>
        <translation>Inget loggat ännu: här placerade enkäten dig.</translation>
    </message>
    <message>
        <source>The log showed: {stage}</source>
        <translation>Loggen visade: {stage}</translation>
    </message>
    <message>
        <source>Your stage week by week</source>
        <translation>Din nivå vecka för vecka</translation>
    </message>
    <message>
        <source>Your week-by-week history begins with the first thing you log.</source>
        <translation>Din historik vecka för vecka börjar med det första du loggar.</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>The log showed</source>
        <translation>Loggen visade</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Inget loggat ännu</translation>
    </message>
</context>
<context>
    <name>WeeklyExport</name>
    <message>
        <source>This week&apos;s progress file is saved: {file}</source>
        <translation>Veckans framstegsfil är sparad: {file}</translation>
    </message>
    <message>
        <source>This week&apos;s progress file could not be saved in {folder}: {reason}. OwnVoice tries again the next time it starts.</source>
        <translation>Veckans framstegsfil kunde inte sparas i {folder}: {reason}. OwnVoice försöker igen nästa gång det startar.</translation>
    </message>
</context>
<context>
    <name>WeeklyHistory</name>
    <message>
        <source>Show as table</source>
        <translation>Visa som tabell</translation>
    </message>
    <message>
        <source>Your stage week by week, as a table</source>
        <translation>Din nivå vecka för vecka, som tabell</translation>
    </message>
    <message>
        <source>Your stage week by week</source>
        <translation>Din nivå vecka för vecka</translation>
    </message>
    <message>
        <source>{week}. Highest stage: {top}.</source>
        <translation>{week}. Högsta nivå: {top}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks, from {first} to {last}. Highest stage: {top}.</source>
        <translation>
            <numerusform>%Ln vecka, från {first} till {last}. Högsta nivå: {top}.</numerusform>
            <numerusform>%Ln veckor, från {first} till {last}. Högsta nivå: {top}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>OwnVoice helps you find what social media can give you, and grow your own expert voice there one small habit at a time. It helps you write posts that sound like you, never like corporate copy, and it never posts anything by itself. Everything stays on this computer, and you decide what your coach gets to see.</source>
        <translation>OwnVoice hjälper dig att se vad sociala medier kan ge just dig och att steg för steg, en liten vana i taget, hitta din egen röst som expert där. Appen hjälper dig att skriva inlägg som låter som du och inte som en pressrelease, och den publicerar aldrig något på egen hand. Allt stannar på den här datorn, och du bestämmer själv vad din coach får se.</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>Välj språk:</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Dina uppgifter förvaras i {folder}</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <source>Coaching others? Open the progress files they share with you. You can start your own journey later from the same window.</source>
        <translation>Coachar du andra? Öppna framstegsfilerna de delar med dig. Du kan börja din egen resa senare i samma fönster.</translation>
    </message>
    <message>
        <source>I coach others</source>
        <translation>Jag coachar andra</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Ho&amp;ppa över</translation>
    </message>
    <message>
        <source>Go on without saving this step</source>
        <translation>Gå vidare utan att spara det här steget</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
</context>
<context>
    <name>YouPanel</name>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>What you told OwnVoice when getting started. Change it whenever it changes; it is saved as you type, on this computer only.</source>
        <translation>Det du berättade för OwnVoice när du började. Ändra det när något ändras; det sparas medan du skriver, bara på den här datorn.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ditt &amp;namn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Today greets you by it.</source>
        <translation>Sidan I dag hälsar dig med det.</translation>
    </message>
    <message>
        <source>Your &amp;topics: type one and press Enter</source>
        <translation>Dina &amp;ämnen: skriv ett och tryck på Enter</translation>
    </message>
</context>
</TS>
