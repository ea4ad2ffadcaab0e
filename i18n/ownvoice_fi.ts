<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AssignToEveryone</name>
    <message>
        <source>Save the feedback files in</source>
        <translation>Tallenna palautetiedostot kansioon</translation>
    </message>
</context>
<context>
    <name>AssignToEveryoneDialog</name>
    <message>
        <source>Assign an exercise to everyone</source>
        <translation>Anna harjoitus kaikille</translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln people who took part in the session gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</source>
        <translation>
            <numerusform>Harjoituksen saa tapaamiseen osallistunut %Ln henkilö. Valitse sitten kansio: sinne tallennetaan kullekin oma palautetiedosto lähetettäväksi.</numerusform>
            <numerusform>Harjoituksen saa jokainen tapaamiseen osallistuneista %Ln henkilöstä. Valitse sitten kansio: sinne tallennetaan kullekin oma palautetiedosto lähetettäväksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %Ln people in this cohort gets the exercise. Then choose a folder: a feedback file for each person is saved there, to send them.</source>
        <translation>
            <numerusform>Ryhmän ainoa henkilö saa harjoituksen. Valitse sitten kansio: sinne tallennetaan hänelle palautetiedosto lähetettäväksi.</numerusform>
            <numerusform>Ryhmän kaikki %Ln henkilöä saavat harjoituksen. Valitse sitten kansio: sinne tallennetaan jokaiselle oma palautetiedosto lähetettäväksi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign and save the files…</source>
        <translation>Anna ja tallenna tiedostot…</translation>
    </message>
    <message numerus="yes">
        <source>Exercise assigned; %Ln feedback file(s) saved in {folder}.</source>
        <translation>
            <numerusform>Harjoitus annettu; %Ln palautetiedosto tallennettu kansioon {folder}.</numerusform>
            <numerusform>Harjoitus annettu; %Ln palautetiedostoa tallennettu kansioon {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <source>Suggest three openers</source>
        <translation>Ehdota kolme aloitusta</translation>
    </message>
    <message>
        <source>Tighten</source>
        <translation>Tiivistä</translation>
    </message>
    <message>
        <source>Closer to my voice</source>
        <translation>Enemmän omalla äänelläni</translation>
    </message>
    <message>
        <source>Translate to Finnish in my voice</source>
        <translation>Käännä suomeksi omalla äänelläni</translation>
    </message>
    <message>
        <source>Translate to Swedish in my voice</source>
        <translation>Käännä ruotsiksi omalla äänelläni</translation>
    </message>
    <message>
        <source>Translate to English in my voice</source>
        <translation>Käännä englanniksi omalla äänelläni</translation>
    </message>
    <message>
        <source>Questions that invite discussion</source>
        <translation>Keskusteluun kutsuvia kysymyksiä</translation>
    </message>
    <message>
        <source>The writing assistant is unavailable: no language model server answers at {url}. Is it running?</source>
        <translation>Kirjoitusavustaja ei ole käytettävissä: osoitteessa {url} ei vastaa kielimallipalvelin. Onko se käynnissä?</translation>
    </message>
    <message>
        <source>Something answers at {url}, but not a language model&apos;s API. Does the address end in /v1?</source>
        <translation>Osoitteessa {url} vastaa jokin, mutta ei kielimallin rajapinta. Päättyykö osoite /v1?</translation>
    </message>
    <message>
        <source>The server has no model called “{model}”. Choose one of its models in Settings.</source>
        <translation>Palvelimella ei ole mallia nimeltä ”{model}”. Valitse jokin sen malleista asetuksista.</translation>
    </message>
    <message>
        <source>The server did not accept the API key. Check the key in Settings.</source>
        <translation>Palvelin ei hyväksynyt API-avainta. Tarkista avain asetuksista.</translation>
    </message>
    <message>
        <source>The language model took too long to answer. Try again, or a smaller model.</source>
        <translation>Kielimalli vastasi liian hitaasti. Yritä uudelleen tai kokeile pienempää mallia.</translation>
    </message>
    <message>
        <source>The answer stopped half-way: the connection to the server broke.</source>
        <translation>Vastaus katkesi kesken: yhteys palvelimeen katkesi.</translation>
    </message>
    <message>
        <source>The server said: {detail}</source>
        <translation>Palvelimen viesti: {detail}</translation>
    </message>
    <message>
        <source>Choose a server and a model in Settings → Writing assistant first.</source>
        <translation>Valitse ensin palvelin ja malli kohdassa Asetukset → Kirjoitusavustaja.</translation>
    </message>
</context>
<context>
    <name>AssistantPanel</name>
    <message>
        <source>What the assistant should do</source>
        <translation>Mitä avustajan pitäisi tehdä</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Kysy</translation>
    </message>
    <message>
        <source>Show what is sent</source>
        <translation>Näytä, mitä lähetetään</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The assistant&apos;s answer</source>
        <translation>Avustajan vastaus</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Mitä lähetetään</translation>
    </message>
    <message>
        <source>Show this before every request</source>
        <translation>Näytä tämä ennen jokaista pyyntöä</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Älä lähetä</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Valmistellaan pyyntöä…</translation>
    </message>
    <message>
        <source>The assistant is writing… You can cancel at any moment.</source>
        <translation>Avustaja kirjoittaa… Voit perua milloin tahansa.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added to your draft.</source>
        <translation>Peruttu. Luonnokseesi ei lisätty mitään.</translation>
    </message>
    <message>
        <source>The model sent back no text. Try again, or choose another model.</source>
        <translation>Malli ei palauttanut tekstiä. Yritä uudelleen tai valitse toinen malli.</translation>
    </message>
    <message>
        <source>Take what helps: nothing enters your draft until you click.</source>
        <translation>Ota se, mikä auttaa: mitään ei tule luonnokseesi ennen kuin napsautat.</translation>
    </message>
    <message>
        <source>Write something first: the assistant works on your draft.</source>
        <translation>Kirjoita ensin jotain: avustaja työstää luonnostasi.</translation>
    </message>
    <message>
        <source>Suggestions from your language model. Nothing is sent until you ask, and nothing enters your draft until you click.</source>
        <translation>Ehdotuksia kielimalliltasi. Mitään ei lähetetä ennen kuin pyydät, eikä mitään tule luonnokseesi ennen kuin napsautat.</translation>
    </message>
    <message>
        <source>a server on this computer</source>
        <translation>tämän tietokoneen palvelimelle</translation>
    </message>
    <message>
        <source>a server outside this computer</source>
        <translation>tämän tietokoneen ulkopuoliselle palvelimelle</translation>
    </message>
    <message>
        <source>This is exactly what will be sent to {url} ({where}), model {model}:</source>
        <translation>Tämä lähetetään sellaisenaan osoitteeseen {url} ({where}), malli {model}:</translation>
    </message>
</context>
<context>
    <name>AssistantSettings</name>
    <message>
        <source>Press Test to list the server&apos;s models</source>
        <translation>Hae palvelimen mallit painamalla Testaa</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-avain:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testaa</translation>
    </message>
    <message>
        <source>Ask the server for its models</source>
        <translation>Kysy palvelimelta sen mallit</translation>
    </message>
    <message>
        <source>Only if the server asks for one</source>
        <translation>Vain jos palvelin vaatii sen</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-avain</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Tallenna avain</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Poista avain</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Avain on tallessa järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>No system keychain is available: the key is kept only until you close OwnVoice, never in a file.</source>
        <translation>Järjestelmän avainnippua ei ole käytettävissä: avain säilyy vain siihen asti, kun suljet OwnVoicen, eikä sitä koskaan tallenneta tiedostoon.</translation>
    </message>
    <message>
        <source>No key saved. Servers on this computer need none.</source>
        <translation>Avainta ei ole tallennettu. Tämän tietokoneen palvelimet eivät tarvitse sitä.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Kysytään palvelimelta…</translation>
    </message>
    <message>
        <source>The server answers, but offers no models yet.</source>
        <translation>Palvelin vastaa, mutta siinä ei ole vielä yhtään mallia.</translation>
    </message>
    <message>
        <source>The server answers. Its models: {models}.</source>
        <translation>Palvelin vastaa. Sen mallit: {models}.</translation>
    </message>
    <message>
        <source>“{model}” is not one of them: choose one.</source>
        <translation>”{model}” ei ole niiden joukossa: valitse jokin niistä.</translation>
    </message>
    <message>
        <source>“{model}” is ready to use.</source>
        <translation>”{model}” on käyttövalmis.</translation>
    </message>
    <message>
        <source>Choose the model to use.</source>
        <translation>Valitse käytettävä malli.</translation>
    </message>
</context>
<context>
    <name>BenefitsStep</name>
    <message>
        <source>Find your benefits</source>
        <translation>Löydä omat hyötysi</translation>
    </message>
    <message>
        <source>Being visible is easier when you know what&apos;s in it for you. Pick the lens closest to your work, then up to three benefits that matter to you.</source>
        <translation>Näkyminen on helpompaa, kun tiedät, mitä hyötyä siitä on juuri sinulle. Valitse ensin työtäsi lähinnä oleva näkökulma ja sitten enintään kolme sinulle tärkeää hyötyä.</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Roolisi</translation>
    </message>
    <message>
        <source>Up to three benefits</source>
        <translation>Enintään kolme hyötyä</translation>
    </message>
    <message>
        <source>{count} of {max} chosen</source>
        <translation>Valittu {count}/{max}</translation>
    </message>
    <message>
        <source>Three is plenty to start with. If this one matters more, untick another first.</source>
        <translation>Kolme riittää hyvin alkuun. Jos tämä on tärkeämpi, poista ensin rasti jostakin toisesta.</translation>
    </message>
    <message>
        <source>Why does this matter to you? In your own words:</source>
        <translation>Miksi tämä on sinulle tärkeää? Omin sanoin:</translation>
    </message>
    <message>
        <source>Why, in your own words</source>
        <translation>Miksi, omin sanoin</translation>
    </message>
    <message>
        <source>For example: I want customers to find me before they need me.</source>
        <translation>Esimerkiksi: haluan, että asiakkaat löytävät minut jo ennen kuin tarvitsevat minua.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Show as table</source>
        <translation>Näytä taulukkona</translation>
    </message>
    <message>
        <source>Show as table: {chart}</source>
        <translation>Näytä taulukkona: {chart}</translation>
    </message>
    <message>
        <source>{chart}, as a table</source>
        <translation>{chart} taulukkona</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
</context>
<context>
    <name>CheckAndPreview</name>
    <message>
        <source>Assistant</source>
        <translation>Avustaja</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Your own voice</source>
        <translation>Oma äänesi</translation>
    </message>
    <message>
        <source>Marked in the text:</source>
        <translation>Merkitty tekstiin:</translation>
    </message>
    <message>
        <source>Responding to a text? Paste it to see how much of it your post repeats.</source>
        <translation>Vastaatko johonkin tekstiin? Liitä se, niin näet, kuinka paljon julkaisusi toistaa sitä.</translation>
    </message>
    <message>
        <source>The text you respond to</source>
        <translation>Teksti, johon vastaat</translation>
    </message>
    <message>
        <source>The company news or the colleague&apos;s post you respond to</source>
        <translation>Yrityksen uutinen tai kollegan julkaisu, johon vastaat</translation>
    </message>
    <message>
        <source>The check runs as you type.</source>
        <translation>Tarkistus tehdään sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Piilota se</translation>
    </message>
    <message>
        <source>Paste it here</source>
        <translation>Liitä se tähän</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flags</source>
        <translation>
            <numerusform>%Ln huomautus</numerusform>
            <numerusform>%Ln huomautusta</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to flag. It reads like your own posts.</source>
        <translation>Ei huomautettavaa. Teksti kuulostaa omilta julkaisuiltasi.</translation>
    </message>
    <message>
        <source>Nothing to flag.</source>
        <translation>Ei huomautettavaa.</translation>
    </message>
    <message>
        <source>{words}, {sentences}. Language: {language}.</source>
        <translation>{words}, {sentences}. Kieli: {language}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln sana</numerusform>
            <numerusform>%Ln sanaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentences</source>
        <translation>
            <numerusform>%Ln virke</numerusform>
            <numerusform>%Ln virkettä</numerusform>
        </translation>
    </message>
    <message>
        <source>OwnVoice checks Finnish, Swedish and English: in this text it counts only the characters and the opening line before “…see more”.</source>
        <translation>OwnVoice tarkistaa suomen-, ruotsin- ja englanninkieliset tekstit: tästä tekstistä se laskee vain merkit ja avausrivin ennen ”…näytä lisää” -linkkiä.</translation>
    </message>
    <message>
        <source>Readability: {grade} (LIX {lix})</source>
        <translation>Luettavuus: {grade} (LIX {lix})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln misspelt words, underlined in red: right-click one for suggestions, or to add it to your own words.</source>
        <translation>
            <numerusform>%Ln kirjoitusvirhe on alleviivattu punaisella. Napsauta sanaa hiiren oikealla painikkeella, niin saat ehdotuksia tai voit lisätä sen omiin sanoihisi.</numerusform>
            <numerusform>%Ln kirjoitusvirhettä on alleviivattu punaisella. Napsauta sanaa hiiren oikealla painikkeella, niin saat ehdotuksia tai voit lisätä sen omiin sanoihisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no voice profile in {language} yet, so this draft is not compared with your own posts. Import your posts on Your voice to compare.</source>
        <translation>Tälle kielelle ({language}) ei ole vielä ääniprofiilia, joten luonnosta ei verrata omiin julkaisuihisi. Tuo julkaisusi Oma äänesi -sivulla, niin voit verrata.</translation>
    </message>
    <message>
        <source>The language is not clear yet, so this draft is not compared with your own posts.</source>
        <translation>Kieli ei ole vielä selvä, joten luonnosta ei verrata omiin julkaisuihisi.</translation>
    </message>
    <message>
        <source>{share} of your draft repeats the source (marked). Readers have seen that already: what is your own view? What did you notice, or disagree with?</source>
        <translation>{share} luonnoksestasi toistaa lähdetekstiä (merkitty). Lukijat ovat jo nähneet sen: mikä on oma näkemyksesi? Mitä huomasit, tai mistä olet eri mieltä?</translation>
    </message>
    <message>
        <source>{share} of your draft repeats the source: it is in your own words.</source>
        <translation>{share} luonnoksestasi toistaa lähdetekstiä: kirjoitat omin sanoin.</translation>
    </message>
    <message>
        <source>not sure yet</source>
        <translation>ei vielä selvä</translation>
    </message>
</context>
<context>
    <name>CoachSection</name>
    <message>
        <source>Ask your coach about this draft</source>
        <translation>Kysy valmentajaltasi tästä luonnoksesta</translation>
    </message>
    <message>
        <source>This text goes in your next progress file, as it is now, and only this draft. Your coach can comment on passages and on the whole; the comments come back here.</source>
        <translation>Tämä teksti lähtee seuraavan edistymistiedostosi mukana sellaisena kuin se nyt on, ja vain tämä luonnos. Valmentajasi voi kommentoida kohtia ja kokonaisuutta; kommentit tulevat takaisin tänne.</translation>
    </message>
    <message>
        <source>What goes to your coach</source>
        <translation>Mitä valmentajallesi lähtee</translation>
    </message>
    <message>
        <source>Send with my next progress file</source>
        <translation>Lähetä seuraavan edistymistiedostoni mukana</translation>
    </message>
    <message>
        <source>Would a second pair of eyes help? Send this draft to your coach: you see exactly what goes before it goes, and nothing else of your drafts leaves.</source>
        <translation>Auttaisiko toinen silmäpari? Lähetä tämä luonnos valmentajallesi: näet tarkalleen, mitä lähtee, ennen kuin se lähtee, eikä muita luonnoksiasi lähetetä.</translation>
    </message>
    <message>
        <source>Ask my coach…</source>
        <translation>Kysy valmentajaltani…</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Show resolved</source>
        <translation>Näytä käsitellyt</translation>
    </message>
    <message>
        <source>Goes in your next progress file; then waiting for your coach&apos;s comments.</source>
        <translation>Lähtee seuraavan edistymistiedostosi mukana; sitten odotetaan valmentajasi kommentteja.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>valmentajasi</translation>
    </message>
    <message numerus="yes">
        <source>Comments from {coach}: %Ln open.</source>
        <translation>
            <numerusform>Kommentteja ({coach}): %Ln avoinna.</numerusform>
            <numerusform>Kommentteja ({coach}): %Ln avoinna.</numerusform>
        </translation>
    </message>
    <message>
        <source>on the whole draft</source>
        <translation>koko luonnoksesta</translation>
    </message>
    <message>
        <source>the passage has changed since</source>
        <translation>kohta on sittemmin muuttunut</translation>
    </message>
    <message>
        <source>resolved on {day}</source>
        <translation>käsitelty {day}</translation>
    </message>
    <message>
        <source>Show in the text</source>
        <translation>Näytä tekstissä</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Avaa uudelleen</translation>
    </message>
</context>
<context>
    <name>CoachSyncPanel</name>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Saved. The file drop link&apos;s key is in your system keychain.</source>
        <translation>Tallennettu. Tiedostojen pudotuslinkin avain on järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>Saved. This computer has no system keychain, so the file drop link&apos;s key is kept only until you close OwnVoice.</source>
        <translation>Tallennettu. Tässä tietokoneessa ei ole järjestelmän avainnippua, joten pudotuslinkin avain säilyy vain siihen asti, kun suljet OwnVoicen.</translation>
    </message>
    <message>
        <source>Saved. The password is in your system keychain.</source>
        <translation>Tallennettu. Salasana on järjestelmän avainnipussa.</translation>
    </message>
    <message>
        <source>Saved. This computer has no system keychain, so the password is kept only until you close OwnVoice.</source>
        <translation>Tallennettu. Tässä tietokoneessa ei ole järjestelmän avainnippua, joten salasana säilyy vain siihen asti, kun suljet OwnVoicen.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testataan…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Yhteys toimii.</translation>
    </message>
    <message>
        <source>Coach sync is off. Files already sent stay on the server.</source>
        <translation>Valmentajasynkronointi on pois päältä. Jo lähetetyt tiedostot jäävät palvelimelle.</translation>
    </message>
    <message>
        <source>Company certificate file</source>
        <translation>Yrityksen varmennetiedosto</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Varmenteet (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Coach sync</source>
        <translation>Valmentajasynkronointi</translation>
    </message>
    <message>
        <source>Send your progress files to a folder your coach reads on your company&apos;s Nextcloud, ownCloud or other WebDAV server, and fetch their feedback. Optional: your data stays on this computer and works offline; the server gets copies.</source>
        <translation>Lähetä edistymistiedostosi kansioon, jota valmentajasi lukee yrityksesi Nextcloud-, ownCloud- tai muulla WebDAV-palvelimella, ja hae valmentajan palautteet. Vapaaehtoista: tietosi pysyvät tällä tietokoneella ja toimivat ilman verkkoa; palvelin saa kopiot.</translation>
    </message>
    <message>
        <source>&amp;Kind of place:</source>
        <translation>&amp;Paikan tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjänimi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Company certificate file:</source>
        <translation>&amp;Yrityksen varmennetiedosto:</translation>
    </message>
    <message>
        <source>none for a file drop link</source>
        <translation>ei mitään pudotuslinkille</translation>
    </message>
    <message>
        <source>kept in the system keychain, not in settings</source>
        <translation>säilytetään järjestelmän avainnipussa, ei asetuksissa</translation>
    </message>
    <message>
        <source>only if your IT gave you one</source>
        <translation>vain jos IT-tuki on antanut sellaisen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>T&amp;estaa yhteys</translation>
    </message>
    <message>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Start → now</source>
        <translation>Alku → nyt</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Tapojen vahvuus</translation>
    </message>
    <message>
        <source>Goals on track</source>
        <translation>Tavoitteet aikataulussa</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Harjoitukset</translation>
    </message>
    <message>
        <source>Drafts for you</source>
        <translation>Luonnoksia sinulle</translation>
    </message>
    <message>
        <source>File from</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Tarvitsee huomiota</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done}/{total} tehty</translation>
    </message>
    <message>
        <source>Nothing logged</source>
        <translation>Ei merkintöjä</translation>
    </message>
    <message>
        <source>Quiet {days} days</source>
        <translation>Hiljaa {days} päivää</translation>
    </message>
    <message>
        <source>A goal behind</source>
        <translation>Tavoite jäljessä</translation>
    </message>
    <message>
        <source>No public action logged yet.</source>
        <translation>Julkisia toimia ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>No public action for {days} days.</source>
        <translation>Ei julkisia toimia {days} päivään.</translation>
    </message>
    <message>
        <source>A goal is behind.</source>
        <translation>Jokin tavoite on jäljessä.</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>Open a folder of progress files</source>
        <translation>Avaa edistymistiedostojen kansio</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Kansio: {folder}</translation>
    </message>
    <message>
        <source>The folder could not be read: {reason}</source>
        <translation>Kansiota ei voitu lukea: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read; the rest of the folder is shown:</source>
        <translation>
            <numerusform>%Ln tiedostoa ei voitu lukea; muu kansio näytetään:</numerusform>
            <numerusform>%Ln tiedostoa ei voitu lukea; muu kansio näytetään:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Ei avattu</translation>
    </message>
    <message>
        <source>The file could not be read again: {reason}</source>
        <translation>Tiedostoa ei voitu lukea uudelleen: {reason}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Your name, as the people you coach will see it with your feedback:</source>
        <translation>Nimesi sellaisena kuin valmennettavasi näkevät sen palautteesi yhteydessä:</translation>
    </message>
    <message>
        <source>Save a feedback file</source>
        <translation>Tallenna palautetiedosto</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-tiedostot (*.ownvoice)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entries for {name} in {file}.</source>
        <translation>
            <numerusform>Tallennettiin %Ln merkintä henkilölle {name} tiedostoon {file}.</numerusform>
            <numerusform>Tallennettiin %Ln merkintää henkilölle {name} tiedostoon {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>this person</source>
        <translation>tämä henkilö</translation>
    </message>
    <message>
        <source>Save the cohort summary</source>
        <translation>Tallenna ryhmän yhteenveto</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Tallennettu: {file}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Tiedostoa ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Avaa kansio…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Etsi henkilö</translation>
    </message>
    <message>
        <source>Only those needing attention</source>
        <translation>Vain huomiota tarvitsevat</translation>
    </message>
    <message>
        <source>Assign an exercise to everyone…</source>
        <translation>Anna harjoitus kaikille…</translation>
    </message>
    <message>
        <source>Group file…</source>
        <translation>Ryhmätiedosto…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Ihmiset</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Ryhmätapaamiset</translation>
    </message>
    <message>
        <source>People in the cohort</source>
        <translation>Ryhmän ihmiset</translation>
    </message>
    <message>
        <source>The people you coach share their progress as files (.ownvoice), from OwnVoice → Share progress with your coach. Put them in one folder, a shared one or your own, and open it here: the newest file of each person counts. What you write back goes to them as a feedback file.</source>
        <translation>Valmennettavasi jakavat edistymisensä tiedostoina (.ownvoice) valikosta OwnVoice → Jaa edistyminen valmentajallesi. Kokoa ne yhteen kansioon, jaettuun tai omaasi, ja avaa se tästä: kunkin henkilön uusin tiedosto ratkaisee. Se, mitä kirjoitat takaisin, lähtee heille palautetiedostona.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Your first survey ({first}) next to your latest re-take ({latest}). The survey placed you at {before} then and at {after} in the re-take.</source>
        <translation>Ensimmäinen kyselysi ({first}) ja viimeisin uusintakyselysi ({latest}) rinnakkain. Kysely sijoitti sinut silloin vaiheeseen {before} ja uusintakyselyssä vaiheeseen {after}.</translation>
    </message>
    <message>
        <source>On the ladder, from what you log, your stage now is {stage}.</source>
        <translation>Tikkailla vaiheesi on kirjaustesi perusteella nyt {stage}.</translation>
    </message>
    <message>
        <source>How often you…</source>
        <translation>Kuinka usein…</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Alussa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>↑ more often</source>
        <translation>↑ useammin</translation>
    </message>
    <message>
        <source>↓ less often</source>
        <translation>↓ harvemmin</translation>
    </message>
    <message>
        <source>= the same</source>
        <translation>= ennallaan</translation>
    </message>
    <message>
        <source>Once you have taken the survey of your habits, you can retake it every quarter and see here how your habits have changed since the start.</source>
        <translation>Kun olet tehnyt kyselyn tavoistasi, voit tehdä sen uudelleen neljännesvuosittain ja nähdä täällä, miten tapasi ovat muuttuneet alusta asti.</translation>
    </message>
    <message>
        <source>Every quarter you can retake the survey of your habits; then you see here how they have changed since the start. Your next re-take is due on {day}.</source>
        <translation>Voit tehdä kyselyn tavoistasi uudelleen neljännesvuosittain, ja täällä näet, miten ne ovat muuttuneet alusta asti. Seuraavan kerran kysely on vuorossa {day}.</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <source>Include in my voice</source>
        <translation>Mukana kirjoitustyylissäni</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <source>Your data</source>
        <translation>Tietosi</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Kopioi polku</translation>
    </message>
    <message>
        <source>Check for damage</source>
        <translation>Tarkista vauriot</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Avataan tietojasi…</translation>
    </message>
    <message>
        <source>Database: {size}, schema revision {revision}, created {date}.</source>
        <translation>Tietokanta: {size}, rakenneversio {revision}, luotu {date}.</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Vaurioita ei löytynyt.</translation>
    </message>
    <message>
        <source>SQLite found problems: {details}</source>
        <translation>SQLite löysi ongelmia: {details}</translation>
    </message>
    <message>
        <source>Chosen with --data-dir for this session.</source>
        <translation>Valittu tälle istunnolle valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>Chosen with the OWNVOICE_HOME environment variable.</source>
        <translation>Valittu ympäristömuuttujalla OWNVOICE_HOME.</translation>
    </message>
    <message>
        <source>Everything OwnVoice keeps is in this folder, on this computer only.</source>
        <translation>Kaikki, mitä OwnVoice tallentaa, on tässä kansiossa ja vain tällä tietokoneella.</translation>
    </message>
    <message>
        <source>Path copied</source>
        <translation>Polku kopioitu</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <source>The journey (weekly stages and milestones) is behind the activity log.</source>
        <translation>Polkusi (viikkojen vaiheet ja tunnustukset) ei ole ajan tasalla kirjattujen tekojesi kanssa.</translation>
    </message>
    <message>
        <source>The voice profile is behind your texts.</source>
        <translation>Kirjoitustyylisi ei ole ajan tasalla teksteihisi nähden.</translation>
    </message>
    <message>
        <source>The languages of your texts are to be recognised again after the upgrade.</source>
        <translation>Tekstiesi kielet tunnistetaan päivityksen jälkeen uudelleen.</translation>
    </message>
    <message>
        <source>Your texts are stored; the journey will be updated on the next start.</source>
        <translation>Tekstisi on tallennettu; polkusi päivitetään, kun OwnVoice käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>The import was stored ({texts} new texts, {activities} new activities); the journey will be updated on the next start.</source>
        <translation>Tuonti tallennettiin (uusia tekstejä {texts}, uusia kirjattuja tekoja {activities}); polkusi päivitetään, kun OwnVoice käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Tuonti peruttiin; mitään ei tuotu.</translation>
    </message>
</context>
<context>
    <name>DraftCommentDialog</name>
    <message>
        <source>The whole draft</source>
        <translation>Koko luonnos</translation>
    </message>
    <message>
        <source>Comments on “{title}”</source>
        <translation>Kommentit luonnokseen ”{title}”</translation>
    </message>
    <message>
        <source>Choose a passage in the text and comment on it, or comment on the whole draft. Your comments go in their next feedback file, beside the draft.</source>
        <translation>Valitse tekstistä kohta ja kommentoi sitä, tai kommentoi koko luonnosta. Kommenttisi lähtevät hänen seuraavassa palautetiedostossaan luonnoksen viereen.</translation>
    </message>
    <message>
        <source>The draft as sent</source>
        <translation>Luonnos sellaisena kuin se lähetettiin</translation>
    </message>
    <message>
        <source>Your comments</source>
        <translation>Kommenttisi</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Uusi kommentti</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Kommenttisi</translation>
    </message>
    <message>
        <source>Comment on the chosen passage</source>
        <translation>Kommentoi valittua kohtaa</translation>
    </message>
    <message>
        <source>Comment on the whole draft</source>
        <translation>Kommentoi koko luonnosta</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>A working title, for you</source>
        <translation>Työnimi, vain sinulle</translation>
    </message>
    <message>
        <source>Working title</source>
        <translation>Työnimi</translation>
    </message>
    <message>
        <source>Starter</source>
        <translation>Aloitus</translation>
    </message>
    <message>
        <source>A first line to start from</source>
        <translation>Ensimmäinen rivi, josta aloittaa</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Siirrä toiseen verkostoon</translation>
    </message>
    <message>
        <source>The %1 version has text of its own. Replace it with the %2 text?</source>
        <translation>%1-versiossa on jo omaa tekstiä. Korvataanko se %2-tekstillä?</translation>
    </message>
    <message>
        <source>Insert starter</source>
        <translation>Lisää aloitus</translation>
    </message>
</context>
<context>
    <name>DraftTexts</name>
    <message>
        <source>“{text}” is a stock phrase. How would you say it to a colleague over coffee?</source>
        <translation>”{text}” on klisee. Miten sanoisit sen kollegalle kahvilla?</translation>
    </message>
    <message>
        <source>“{text}” sounds like the company&apos;s marketing. Say what you think of it yourself.</source>
        <translation>”{text}” kuulostaa yrityksen markkinoinnilta. Kerro, mitä itse ajattelet siitä.</translation>
    </message>
    <message>
        <source>There is no “I” in this post. Add what you saw, did or think: that is why people read it.</source>
        <translation>Julkaisusta puuttuu ”minä”. Kerro, mitä itse näit, teit tai ajattelet: sen takia ihmiset lukevat.</translation>
    </message>
    <message>
        <source>“{text}” and the other “we” words speak for the company, and nothing says “I”. Say what you yourself did, saw or think.</source>
        <translation>”{text}” ja muut me-sanat puhuvat yrityksen äänellä, eikä mikään kerro ”minästä”. Kerro, mitä itse teit, näit tai ajattelet.</translation>
    </message>
    <message>
        <source>LIX {lix}: very hard to read. Shorter sentences and everyday words help; the hardest sentences are marked.</source>
        <translation>LIX {lix}: hyvin vaikealukuinen. Lyhyemmät virkkeet ja arkiset sanat auttavat; vaikeimmat virkkeet on merkitty.</translation>
    </message>
    <message>
        <source>Nothing invites a reply. End with a question, or ask for others&apos; experience.</source>
        <translation>Mikään ei kutsu vastaamaan. Lopeta kysymykseen tai kysy muiden kokemuksia.</translation>
    </message>
    <message>
        <source>This sentence has {words} words (more than {limit}). Try splitting it in two.</source>
        <translation>Tässä virkkeessä on {words} sanaa (yli {limit}). Kokeile jakaa se kahtia.</translation>
    </message>
    <message>
        <source>“{text}” is on your list of sensitive words. Check it may be said in public.</source>
        <translation>”{text}” on arkaluonteisten sanojen listallasi. Varmista, että siitä saa puhua julkisesti.</translation>
    </message>
    <message>
        <source>This is about {employer}&apos;s business. Say that you work there, so readers know.</source>
        <translation>Teksti koskee työnantajasi ({employer}) liiketoimintaa. Kerro, että työskentelet siellä, niin lukijat tietävät sen.</translation>
    </message>
    <message>
        <source>Styled letters are read badly by screen readers and break search. Plain text: “{plain}”.</source>
        <translation>Ruudunlukijat lukevat tyyliteltyjä kirjaimia huonosti, eikä haku löydä niitä. Tavallisena tekstinä: ”{plain}”.</translation>
    </message>
    <message>
        <source>{count} passive verbs: nobody in particular does anything. Say who did it, you yourself if it was you.</source>
        <translation>{count} passiivimuotoista verbiä: kukaan ei varsinaisesti tee mitään. Kerro, kuka sen teki – sinä itse, jos se olit sinä.</translation>
    </message>
    <message>
        <source>{count} actions turned into nouns or long compounds: the text reads like a report. Say it with verbs.</source>
        <translation>{count} tekemistä on muutettu substantiiveiksi tai pitkiksi yhdyssanoiksi, ja teksti kuulostaa raportilta. Sano se verbeillä.</translation>
    </message>
    <message>
        <source>Stock phrase</source>
        <translation>Klisee</translation>
    </message>
    <message>
        <source>Sounds like marketing</source>
        <translation>Kuulostaa markkinoinnilta</translation>
    </message>
    <message>
        <source>No personal angle</source>
        <translation>Ei omaa näkökulmaa</translation>
    </message>
    <message>
        <source>Speaks as the company</source>
        <translation>Puhuu yrityksen äänellä</translation>
    </message>
    <message>
        <source>Very hard to read</source>
        <translation>Hyvin vaikealukuinen</translation>
    </message>
    <message>
        <source>No invitation to discuss</source>
        <translation>Ei kutsua keskusteluun</translation>
    </message>
    <message>
        <source>Very long sentence</source>
        <translation>Hyvin pitkä virke</translation>
    </message>
    <message>
        <source>Sensitive word</source>
        <translation>Arkaluonteinen sana</translation>
    </message>
    <message>
        <source>Mention your employer</source>
        <translation>Mainitse työnantajasi</translation>
    </message>
    <message>
        <source>Styled letters</source>
        <translation>Tyylitellyt kirjaimet</translation>
    </message>
    <message>
        <source>Many passive verbs</source>
        <translation>Paljon passiivia</translation>
    </message>
    <message>
        <source>Nouns instead of verbs</source>
        <translation>Substantiiveja verbien sijaan</translation>
    </message>
    <message>
        <source>Sentence length (words)</source>
        <translation>Virkkeen pituus (sanaa)</translation>
    </message>
    <message>
        <source>Readability (LIX)</source>
        <translation>Luettavuus (LIX)</translation>
    </message>
    <message>
        <source>Share of long words</source>
        <translation>Pitkien sanojen osuus</translation>
    </message>
    <message>
        <source>“I” rather than “we”</source>
        <translation>”Minä” mieluummin kuin ”me”</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Exclamation marks</source>
        <translation>Huutomerkit</translation>
    </message>
    <message>
        <source>Emoji</source>
        <translation>Emojit</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>Aihetunnisteet</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Maininnat</translation>
    </message>
    <message>
        <source>Length (characters)</source>
        <translation>Pituus (merkkiä)</translation>
    </message>
    <message>
        <source>like your own posts (usually {range})</source>
        <translation>kuten omissa julkaisuissasi (yleensä {range})</translation>
    </message>
    <message>
        <source>less than in your own posts (usually {range})</source>
        <translation>vähemmän kuin omissa julkaisuissasi (yleensä {range})</translation>
    </message>
    <message>
        <source>more than in your own posts (usually {range})</source>
        <translation>enemmän kuin omissa julkaisuissasi (yleensä {range})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
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
        <translation>hyvin helppo</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>helppo</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>keskivaikea</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>vaikea</translation>
    </message>
    <message>
        <source>very hard</source>
        <translation>hyvin vaikea</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Sisäinen</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogi</translation>
    </message>
    <message>
        <source>Stock phrase or marketing</source>
        <translation>Klisee tai markkinointia</translation>
    </message>
    <message>
        <source>The company’s “we”</source>
        <translation>Yrityksen ”me”</translation>
    </message>
    <message>
        <source>Hard to read</source>
        <translation>Vaikealukuinen</translation>
    </message>
    <message>
        <source>Check before posting</source>
        <translation>Tarkista ennen julkaisua</translation>
    </message>
    <message>
        <source>Repeats the source</source>
        <translation>Toistaa lähdetekstiä</translation>
    </message>
    <message>
        <source>Past the limit</source>
        <translation>Yli rajan</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>New idea…</source>
        <translation>Uusi idea…</translation>
    </message>
    <message>
        <source>Capture an idea for a post</source>
        <translation>Kirjaa idea julkaisua varten</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Write</source>
        <translation>Kirjoita</translation>
    </message>
    <message>
        <source>No drafts yet. Jot down an idea on the left, or press New to start writing. As you type, OwnVoice checks that the text sounds like you and fits each network. It never posts anything: when you are ready, copy the text or open the network&apos;s own page.</source>
        <translation>Luonnoksia ei ole vielä. Kirjaa idea vasemmalle tai aloita kirjoittaminen painamalla Uusi. Kirjoittaessasi OwnVoice tarkistaa, että teksti kuulostaa sinulta ja sopii kuhunkin palveluun. Se ei koskaan julkaise mitään: kun olet valmis, kopioi teksti tai avaa palvelun oma sivu.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Suunnittele</translation>
    </message>
    <message>
        <source>Restored what you typed before OwnVoice closed unexpectedly.</source>
        <translation>Palautettiin se, mitä kirjoitit ennen kuin OwnVoice sulkeutui yllättäen.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Vie suunnitelma</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalenteri (*.ics)</translation>
    </message>
    <message>
        <source>The plan is saved in {file}.</source>
        <translation>Suunnitelma on tallennettu tiedostoon {file}.</translation>
    </message>
    <message>
        <source>The plan could not be saved in {file}: {reason}</source>
        <translation>Suunnitelmaa ei voitu tallentaa tiedostoon {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Comment…</source>
        <translation>Kommentoi…</translation>
    </message>
    <message>
        <source>Drafts sent for your comments</source>
        <translation>Kommentoitavaksi lähetetyt luonnokset</translation>
    </message>
    <message>
        <source>No draft waits for your comments.</source>
        <translation>Yksikään luonnos ei odota kommenttejasi.</translation>
    </message>
    <message>
        <source>Drafts they sent for your comments; only these left their computer.</source>
        <translation>Luonnokset, jotka hän lähetti kommentoitavaksi; vain nämä ovat lähteneet hänen koneeltaan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) written</source>
        <translation>
            <numerusform>%Ln kommentti kirjoitettu</numerusform>
            <numerusform>%Ln kommenttia kirjoitettu</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for you</source>
        <translation>odottaa sinua</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>OwnVoice cannot use {path}.</source>
        <translation>OwnVoice ei voi käyttää kohdetta {path}.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of OwnVoice (database revision {revision}). Update OwnVoice to open it; the file has been left as it is.</source>
        <translation>Tiedosto {path} on tallennettu OwnVoicen uudemmalla versiolla (tietokannan versio {revision}). Päivitä OwnVoice avataksesi sen. Tiedostoon ei ole koskettu.</translation>
    </message>
    <message>
        <source>{path} is not an OwnVoice database. Move it away, or choose another data folder with --data-dir.</source>
        <translation>{path} ei ole OwnVoicen tietokanta. Siirrä se muualle tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({detail}). Restore a copy from the backups folder beside it (ownvoice doctor names the newest), or move the file away to start afresh.</source>
        <translation>{path} on vioittunut eikä sitä voi lukea ({detail}). Palauta kopio sen vieressä olevasta backups-kansiosta (ownvoice doctor kertoo uusimman) tai siirrä tiedosto muualle aloittaaksesi alusta.</translation>
    </message>
    <message>
        <source>{path} is damaged or is not a database file at all. Restore a copy from the backups folder beside it (ownvoice doctor names the newest), or move the file away to start afresh.</source>
        <translation>{path} on vioittunut tai se ei ole lainkaan tietokantatiedosto. Palauta kopio sen vieressä olevasta backups-kansiosta (ownvoice doctor kertoo uusimman) tai siirrä tiedosto muualle aloittaaksesi alusta.</translation>
    </message>
    <message>
        <source>{path} is in use by another program: another OwnVoice is writing to it and did not finish in time. Try again in a moment, or close the other OwnVoice.</source>
        <translation>{path} on toisen ohjelman käytössä: toinen OwnVoice kirjoittaa siihen eikä ehtinyt valmiiksi ajoissa. Yritä hetken päästä uudelleen tai sulje toinen OwnVoice.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so the last change was not saved. Free some space and try again.</source>
        <translation>Levy, jolla {path} on, on täynnä, joten viimeisintä muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path} (a disk I/O error). Check that the disk is connected and healthy, then run ownvoice doctor.</source>
        <translation>Levy ei pystynyt lukemaan tai kirjoittamaan kohdetta {path} (levyn I/O-virhe). Tarkista, että levy on kytketty ja kunnossa, ja aja sitten ownvoice doctor.</translation>
    </message>
    <message>
        <source>OwnVoice may not write to {path}: it is read-only. Make it writable for you (ownvoice doctor --repair does this), or choose another data folder with --data-dir.</source>
        <translation>OwnVoice ei saa kirjoittaa kohteeseen {path}: se on vain luettavissa. Anna itsellesi kirjoitusoikeus (ownvoice doctor --repair tekee sen) tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>OwnVoice may not open the folder {path} (permission denied). Give it back to you (ownvoice doctor --repair does this), or choose another data folder with --data-dir.</source>
        <translation>OwnVoice ei saa avata kansiota {path} (ei käyttöoikeutta). Palauta oikeudet itsellesi (ownvoice doctor --repair tekee sen) tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>{path} is a file, but OwnVoice keeps its data in a folder there. Move the file away, or choose another data folder with --data-dir.</source>
        <translation>{path} on tiedosto, mutta OwnVoice tarvitsee siihen kansion tietojaan varten. Siirrä tiedosto muualle tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>{path} is a folder, but OwnVoice keeps its database in a file there. Move the folder away, or choose another data folder with --data-dir.</source>
        <translation>{path} on kansio, mutta OwnVoice tarvitsee siihen tietokantatiedostonsa. Siirrä kansio muualle tai valitse toinen tietokansio valitsimella --data-dir.</translation>
    </message>
    <message>
        <source>OwnVoice could not upgrade {path} to this version ({detail}); the file was left as it was. A copy from before the upgrade is {backup}; ownvoice doctor names it too.</source>
        <translation>OwnVoice ei pystynyt päivittämään tiedostoa {path} tähän versioon ({detail}); tiedosto jätettiin ennalleen. Ennen päivitystä otettu kopio on {backup}; myös ownvoice doctor kertoo sen.</translation>
    </message>
    <message>
        <source>OwnVoice ran into a bug. Your data is safe; what you were doing may not have been saved. The details are in {log}.</source>
        <translation>OwnVoicessa tapahtui virhe. Tietosi ovat tallessa, mutta viimeisin toimesi ei ehkä tallentunut. Tarkemmat tiedot ovat tiedostossa {log}.</translation>
    </message>
    <message>
        <source>(This happened {n} times.)</source>
        <translation>(Tämä tapahtui {n} kertaa.)</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Cohort on {day}</source>
        <translation>Ryhmä {day}</translation>
    </message>
    <message>
        <source>People coached: {n}</source>
        <translation>Valmennettuja: {n}</translation>
    </message>
    <message>
        <source>Moved up: {up}. Stayed: {same}. Moved down: {down}.</source>
        <translation>Nousi: {up}. Pysyi: {same}. Laski: {down}.</translation>
    </message>
    <message>
        <source>From the stage at the start (rows) to the stage now</source>
        <translation>Vaihe alussa (rivit) ja vaihe nyt</translation>
    </message>
    <message>
        <source>Not surveyed</source>
        <translation>Ei kyselyä</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Start → now</source>
        <translation>Alku → nyt</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Viimeksi aktiivinen</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Tapojen vahvuus</translation>
    </message>
    <message>
        <source>Goals on track</source>
        <translation>Tavoitteet aikataulussa</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Tarvitsee huomiota</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Tiedostot, joita ei voitu lukea</translation>
    </message>
    <message>
        <source>Public actions of the cohort by month</source>
        <translation>Ryhmän julkiset toimet kuukausittain</translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Harjoituksia tehty</translation>
    </message>
    <message>
        <source>Goals proposed: accepted / changed / declined</source>
        <translation>Ehdotetut tavoitteet: hyväksytty / muutettu / hylätty</translation>
    </message>
    <message>
        <source>{file} cannot be read ({detail}).</source>
        <translation>Tiedostoa {file} ei voi lukea ({detail}).</translation>
    </message>
    <message>
        <source>{file} is not an OwnVoice file.</source>
        <translation>{file} ei ole OwnVoice-tiedosto.</translation>
    </message>
    <message>
        <source>{file} is far larger than an OwnVoice file can be ({detail}); not opened.</source>
        <translation>{file} on paljon suurempi kuin OwnVoice-tiedosto voi olla ({detail}); sitä ei avattu.</translation>
    </message>
    <message>
        <source>{file} contains a name that points outside it ({detail}); not opened.</source>
        <translation>{file} sisältää nimen, joka osoittaa sen ulkopuolelle ({detail}); sitä ei avattu.</translation>
    </message>
    <message>
        <source>{file} is not an OwnVoice file (no manifest).</source>
        <translation>{file} ei ole OwnVoice-tiedosto (manifesti puuttuu).</translation>
    </message>
    <message>
        <source>{file} was made by a newer OwnVoice (format {detail}). Please update OwnVoice to open it.</source>
        <translation>{file} on tehty uudemmalla OwnVoicella (muoto {detail}). Päivitä OwnVoice avataksesi sen.</translation>
    </message>
    <message>
        <source>{file} is not what was expected here ({detail}).</source>
        <translation>{file} ei ole sitä, mitä tässä odotettiin ({detail}).</translation>
    </message>
    <message>
        <source>{file} is incomplete: {detail} is missing.</source>
        <translation>{file} on vajaa: {detail} puuttuu.</translation>
    </message>
    <message>
        <source>{file} was changed or damaged after it was made ({detail} does not match its checksum); not opened.</source>
        <translation>{file} on muuttunut tai vaurioitunut tekonsa jälkeen ({detail} ei vastaa tarkistussummaansa); sitä ei avattu.</translation>
    </message>
    <message>
        <source>{file} is damaged: {detail} is not valid JSON.</source>
        <translation>{file} on vaurioitunut: {detail} ei ole kelvollista JSONia.</translation>
    </message>
    <message>
        <source>{file} is feedback for someone else ({detail}); nothing was imported.</source>
        <translation>{file} on palautetta toiselle henkilölle ({detail}); mitään ei tuotu.</translation>
    </message>
    <message>
        <source>{file} does not hold what an OwnVoice file should ({detail}).</source>
        <translation>{file} ei sisällä sitä, mitä OwnVoice-tiedoston pitäisi ({detail}).</translation>
    </message>
    <message>
        <source>Progress of {name}</source>
        <translation>Edistyminen: {name}</translation>
    </message>
    <message>
        <source>someone who gave no name</source>
        <translation>nimetön henkilö</translation>
    </message>
    <message>
        <source>Made with OwnVoice on {day}.</source>
        <translation>Tehty OwnVoicella {day}.</translation>
    </message>
    <message>
        <source>Stage on the ladder</source>
        <translation>Vaihe tikkailla</translation>
    </message>
    <message>
        <source>Now: {stage}</source>
        <translation>Nyt: {stage}</translation>
    </message>
    <message>
        <source>At the start: {stage}</source>
        <translation>Alussa: {stage}</translation>
    </message>
    <message>
        <source>Highest reached: {stage}</source>
        <translation>Korkein saavutettu: {stage}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Tavat</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <source>Streak (best)</source>
        <translation>Putki (paras)</translation>
    </message>
    <message>
        <source>Done in the last 30 days</source>
        <translation>Tehty viimeisen 30 päivän aikana</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Aktiivisuus kuukausittain</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Journal entries shared with the coach</source>
        <translation>Valmentajan kanssa jaetut päiväkirjamerkinnät</translation>
    </message>
    <message>
        <source>Drafts shared with the coach</source>
        <translation>Valmentajan kanssa jaetut luonnokset</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Ei vielä mitään.</translation>
    </message>
    <message>
        <source>Exercises from the coach</source>
        <translation>Valmentajan harjoitukset</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Tehty {day}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>{count} of {target} logged</source>
        <translation>{count}/{target} kirjattu</translation>
    </message>
    <message>
        <source>agreed with the coach</source>
        <translation>sovittu valmentajan kanssa</translation>
    </message>
    <message>
        <source>Goals the coach proposed</source>
        <translation>Valmentajan ehdottamat tavoitteet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <source>Accepted on {day}</source>
        <translation>Hyväksytty {day}</translation>
    </message>
    <message>
        <source>Changed and accepted on {day}: {goal}</source>
        <translation>Muokattu ja hyväksytty {day}: {goal}</translation>
    </message>
    <message>
        <source>Declined on {day}</source>
        <translation>Hylätty {day}</translation>
    </message>
    <message>
        <source>Drafts sent for the coach&apos;s comments</source>
        <translation>Valmentajan kommentoitavaksi lähetetyt luonnokset</translation>
    </message>
    <message>
        <source>Sent on {day}</source>
        <translation>Lähetetty {day}</translation>
    </message>
    <message>
        <source>Your answers on sharing your posts with the group</source>
        <translation>Vastauksesi julkaisujesi jakamisesta ryhmälle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Yes, with my name</source>
        <translation>Kyllä, nimelläni</translation>
    </message>
    <message>
        <source>Yes, without my name</source>
        <translation>Kyllä, ilman nimeäni</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Yes taken back</source>
        <translation>Lupa peruttu</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Write your own…</source>
        <translation>Kirjoita oma…</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Harjoitus:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>&amp;Mitä tehdään:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>A short name for the exercise</source>
        <translation>Harjoituksen lyhyt nimi</translation>
    </message>
</context>
<context>
    <name>ExercisesCard</name>
    <message>
        <source>Exercises from your coach</source>
        <translation>Valmentajasi harjoitukset</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Done: {exercise}</source>
        <translation>Tehty: {exercise}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Tehtävä viimeistään {day}</translation>
    </message>
    <message>
        <source>Was due {day}</source>
        <translation>Määräpäivä oli {day}</translation>
    </message>
    <message>
        <source>{count} of {target} logged so far</source>
        <translation>{count}/{target} kirjattu tähän mennessä</translation>
    </message>
    <message>
        <source>from {coach}</source>
        <translation>valmentajalta {coach}</translation>
    </message>
    <message>
        <source>Exercise done. Well done!</source>
        <translation>Harjoitus tehty. Hienoa!</translation>
    </message>
</context>
<context>
    <name>ExercisesPanel</name>
    <message>
        <source>Assign</source>
        <translation>Anna harjoitus</translation>
    </message>
    <message>
        <source>Exercises and how they stand</source>
        <translation>Harjoitukset ja niiden tilanne</translation>
    </message>
    <message>
        <source>{done} of {total} done, as their newest file says.</source>
        <translation>{done}/{total} tehty uusimman tiedoston mukaan.</translation>
    </message>
    <message>
        <source>No exercise in their newest file yet.</source>
        <translation>Uusimmassa tiedostossa ei ole vielä harjoituksia.</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>määräpäivä {day}</translation>
    </message>
    <message>
        <source>done on {day}</source>
        <translation>tehty {day}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>{count} of {target} logged</source>
        <translation>{count}/{target} kirjattu</translation>
    </message>
</context>
<context>
    <name>ExpertiseStep</name>
    <message>
        <source>Your expertise profile</source>
        <translation>Asiantuntijaprofiilisi</translation>
    </message>
    <message>
        <source>What do you know well, and who should hear about it? A clear focus makes it much easier to know what to say.</source>
        <translation>Mitä osaat hyvin, ja keiden pitäisi kuulla siitä? Kun fokus on selkeä, on paljon helpompi tietää, mitä sanoa.</translation>
    </message>
    <message>
        <source>Your topics, {low} to {high}: type one and press Enter</source>
        <translation>Aiheesi, {low}–{high}: kirjoita aihe ja paina Enteriä</translation>
    </message>
    <message>
        <source>Who do you want to reach?</source>
        <translation>Kenet haluat tavoittaa?</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Kohdeyleisö</translation>
    </message>
    <message>
        <source>For example: facility managers and property owners in Finland</source>
        <translation>Esimerkiksi: kiinteistöpäälliköt ja kiinteistönomistajat Suomessa</translation>
    </message>
    <message>
        <source>Where will you be active?</source>
        <translation>Missä aiot olla aktiivinen?</translation>
    </message>
    <message>
        <source>Which languages do you post in?</source>
        <translation>Millä kielillä julkaiset?</translation>
    </message>
    <message>
        <source>Time budget: hours a week</source>
        <translation>Aikabudjetti: tuntia viikossa</translation>
    </message>
    <message>
        <source>Time budget in hours a week</source>
        <translation>Aikabudjetti tunteina viikossa</translation>
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
        <translation>Viikoittaisen edistymistiedoston kansio</translation>
    </message>
    <message>
        <source>The file holds what is chosen above. Choose a folder your coach also reads; OwnVoice sends nothing by itself.</source>
        <translation>Tiedosto sisältää sen, mitä yllä on valittu. Valitse kansio, jota myös valmentajasi lukee; OwnVoice ei lähetä mitään itsestään.</translation>
    </message>
    <message>
        <source>Saved in {folder}</source>
        <translation>Tallennetaan kansioon {folder}</translation>
    </message>
    <message>
        <source>Save your progress file</source>
        <translation>Tallenna edistymistiedostosi</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-tiedostot (*.ownvoice)</translation>
    </message>
    <message>
        <source>Saved {file}. Send it to your coach as you like.</source>
        <translation>Tallennettu: {file}. Lähetä se valmentajallesi haluamallasi tavalla.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Tiedostoa ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>Share your progress with your coach</source>
        <translation>Jaa edistymisesi valmentajallesi</translation>
    </message>
    <message>
        <source>Choose what your coach may see. The file holds exactly what is shown below, and only you send it. Your drafts and private journal entries stay here unless you choose them; the day of your last public action is always included.</source>
        <translation>Valitse, mitä valmentajasi saa nähdä. Tiedosto sisältää täsmälleen sen, mitä alla näkyy, ja vain sinä lähetät sen. Luonnoksesi ja yksityiset päiväkirjamerkintäsi jäävät tänne, ellet valitse niitä; viimeisimmän julkisen toimesi päivä on aina mukana.</translation>
    </message>
    <message>
        <source>Your stage, week by week</source>
        <translation>Vaiheesi viikko viikolta</translation>
    </message>
    <message>
        <source>Goals and their progress</source>
        <translation>Tavoitteet ja niiden edistyminen</translation>
    </message>
    <message>
        <source>Habits: strength and check-ins</source>
        <translation>Tavat: vahvuus ja merkinnät</translation>
    </message>
    <message>
        <source>How much you did, week by week</source>
        <translation>Kuinka paljon teit, viikko viikolta</translation>
    </message>
    <message>
        <source>Links to what you published</source>
        <translation>Linkit julkaisuihisi</translation>
    </message>
    <message>
        <source>Journal entries marked for your coach</source>
        <translation>Valmentajalle merkityt päiväkirjamerkinnät</translation>
    </message>
    <message>
        <source>Draft texts</source>
        <translation>Luonnosten tekstit</translation>
    </message>
    <message>
        <source>Exercises from your coach: done or not</source>
        <translation>Valmentajasi harjoitukset: tehty vai ei</translation>
    </message>
    <message>
        <source>&amp;Every week, by itself, on</source>
        <translation>&amp;Joka viikko itsestään, päivänä</translation>
    </message>
    <message>
        <source>Weekday of the weekly progress file</source>
        <translation>Viikoittaisen edistymistiedoston viikonpäivä</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Vaihda kansio…</translation>
    </message>
    <message>
        <source>&amp;What your coach will see:</source>
        <translation>&amp;Mitä valmentajasi näkee:</translation>
    </message>
    <message>
        <source>Save file…</source>
        <translation>Tallenna tiedosto…</translation>
    </message>
</context>
<context>
    <name>Feed</name>
    <message>
        <source>your coach</source>
        <translation>valmentajasi</translation>
    </message>
    <message>
        <source>Recognition from {coach}</source>
        <translation>Tunnustus: {coach}</translation>
    </message>
    <message>
        <source>Feedback from {coach}</source>
        <translation>Palaute: {coach}</translation>
    </message>
</context>
<context>
    <name>FeedbackImporter</name>
    <message>
        <source>Import feedback from your coach</source>
        <translation>Tuo palaute valmentajaltasi</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-tiedostot (*.ownvoice)</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>valmentajasi</translation>
    </message>
    <message>
        <source>This group file from {coach} is older than the one you have; nothing changed.</source>
        <translation>Tämä ryhmätiedosto ({coach}) on vanhempi kuin sinulla jo oleva; mikään ei muuttunut.</translation>
    </message>
    <message>
        <source>A group file from {coach} arrived: see Journey → Examples from your group.</source>
        <translation>Ryhmätiedosto saapui ({coach}): katso Polku → Esimerkkejä ryhmästäsi.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback from {coach}: %Ln new.</source>
        <translation>
            <numerusform>Palaute valmentajalta {coach}: %Ln uusi.</numerusform>
            <numerusform>Palaute valmentajalta {coach}: %Ln uutta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ei tuotu</translation>
    </message>
</context>
<context>
    <name>FileOpener</name>
    <message>
        <source>your coach</source>
        <translation>valmentajasi</translation>
    </message>
    <message numerus="yes">
        <source>Feedback from {coach} arrived: %Ln new in your recognition feed.</source>
        <translation>
            <numerusform>Palautetta saapui, lähettäjä {coach}: tunnustuksissasi on %Ln uusi merkintä.</numerusform>
            <numerusform>Palautetta saapui, lähettäjä {coach}: tunnustuksissasi on %Ln uutta merkintää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feedback from {coach}: nothing new, all of it is in your recognition feed already.</source>
        <translation>Palaute, lähettäjä {coach}: ei mitään uutta, kaikki on jo tunnustuksissasi.</translation>
    </message>
</context>
<context>
    <name>FlagRow</name>
    <message>
        <source>Dismiss for this draft</source>
        <translation>Ohita tässä luonnoksessa</translation>
    </message>
    <message>
        <source>Dismiss for this draft: %1</source>
        <translation>Ohita tässä luonnoksessa: %1</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal {number}</source>
        <translation>Tavoite {number}</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Mitä haluat tehdä?</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Mikä lasketaan</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Target, in total by the deadline</source>
        <translation>Tavoitemäärä yhteensä määräpäivään mennessä</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Katsaus</translation>
    </message>
    <message>
        <source>A number I keep myself</source>
        <translation>Luku, josta pidän itse kirjaa</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>For example: followers</source>
        <translation>Esimerkiksi: seuraajat</translation>
    </message>
</context>
<context>
    <name>GoalEditorDialog</name>
    <message>
        <source>New goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>Change goal</source>
        <translation>Muuta tavoitetta</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Tavoite:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>&amp;Mittari:</translation>
    </message>
    <message>
        <source>&amp;Counting:</source>
        <translation>&amp;Lasketaan:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ta&amp;voitemäärä:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Mää&amp;räpäivä:</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Katsaus:</translation>
    </message>
    <message>
        <source>For example: comment on two posts about energy policy every week</source>
        <translation>Esimerkiksi: kommentoi joka viikko kahta energiapolitiikkaa käsittelevää julkaisua</translation>
    </message>
    <message>
        <source>Actions I log</source>
        <translation>Kirjaamani teot</translation>
    </message>
    <message>
        <source>A number I keep track of</source>
        <translation>Luku, jota seuraan</translation>
    </message>
    <message>
        <source>Check-ins of a habit</source>
        <translation>Tavan merkinnät</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <source>Unit, e.g. followers</source>
        <translation>Yksikkö, esim. seuraajat</translation>
    </message>
    <message>
        <source>N&amp;ow:</source>
        <translation>&amp;Nyt:</translation>
    </message>
    <message>
        <source>Counted from the habit&apos;s check-ins.</source>
        <translation>Lasketaan tavan merkinnöistä.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Viimeistään</translation>
    </message>
    <message>
        <source>&amp;Active: show it on Today and ask for reviews</source>
        <translation>Akt&amp;iivinen: näytä Tänään-sivulla ja pyydä katsauksia</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Kannattaa katsoa:</translation>
    </message>
</context>
<context>
    <name>GoalPanel</name>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Ehdotus:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Tavoite:</translation>
    </message>
    <message>
        <source>&amp;Counts:</source>
        <translation>&amp;Mitä lasketaan:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Tavoite&amp;määrä:</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>&amp;Määräpäivä:</translation>
    </message>
    <message>
        <source>A new goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>A number they enter</source>
        <translation>Hänen itse kirjaamansa luku</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Ehdota</translation>
    </message>
    <message>
        <source>The goal in a sentence</source>
        <translation>Tavoite yhdellä lauseella</translation>
    </message>
    <message>
        <source>Goals you proposed and their answers</source>
        <translation>Ehdottamasi tavoitteet ja vastaukset niihin</translation>
    </message>
    <message>
        <source>accepted on {day}</source>
        <translation>hyväksytty {day}</translation>
    </message>
    <message>
        <source>changed and accepted on {day}: {goal}</source>
        <translation>muokattu ja hyväksytty {day}: {goal}</translation>
    </message>
    <message>
        <source>declined on {day}</source>
        <translation>hylätty {day}</translation>
    </message>
</context>
<context>
    <name>GoalProposalsCard</name>
    <message>
        <source>Goals your coach proposes</source>
        <translation>Valmentajasi ehdottamat tavoitteet</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Change, then accept…</source>
        <translation>Muokkaa ja hyväksy…</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Accept: {goal}</source>
        <translation>Hyväksy: {goal}</translation>
    </message>
    <message>
        <source>Change, then accept: {goal}</source>
        <translation>Muokkaa ja hyväksy: {goal}</translation>
    </message>
    <message>
        <source>Decline: {goal}</source>
        <translation>Hylkää: {goal}</translation>
    </message>
    <message>
        <source>a number you enter</source>
        <translation>itse kirjaamasi luku</translation>
    </message>
    <message>
        <source>{target} × {what} by {day}</source>
        <translation>{target} × {what} {day} mennessä</translation>
    </message>
    <message>
        <source>instead of “{goal}”</source>
        <translation>tavoitteen ”{goal}” tilalle</translation>
    </message>
    <message>
        <source>a new goal</source>
        <translation>uusi tavoite</translation>
    </message>
    <message>
        <source>from {coach}</source>
        <translation>valmentajalta {coach}</translation>
    </message>
    <message>
        <source>Goal agreed with your coach: {goal}</source>
        <translation>Tavoite sovittu valmentajasi kanssa: {goal}</translation>
    </message>
</context>
<context>
    <name>GoalReviewDialog</name>
    <message>
        <source>Review your goal</source>
        <translation>Tavoitteen katsaus</translation>
    </message>
    <message>
        <source>So far: {current} of {target}.</source>
        <translation>Tähän mennessä: {current}/{target}.</translation>
    </message>
    <message>
        <source>How is it going? What went well, what got in the way, and what will you try next? A few lines are enough.</source>
        <translation>Miten menee? Mikä sujui hyvin, mikä oli esteenä ja mitä kokeilet seuraavaksi? Muutama rivi riittää.</translation>
    </message>
    <message>
        <source>&amp;Share this review with my coach</source>
        <translation>&amp;Jaa tämä katsaus valmentajalleni</translation>
    </message>
    <message>
        <source>Reviews go to your journal. They stay private unless you share them.</source>
        <translation>Katsaukset tallentuvat päiväkirjaasi. Vain sinä näet ne, ellet jaa niitä.</translation>
    </message>
</context>
<context>
    <name>GoalSuggestions</name>
    <message>
        <source>React to 3 posts a week from people in your field</source>
        <translation>Reagoi joka viikko 3 alasi ihmisten julkaisuun</translation>
    </message>
    <message>
        <source>Comment thoughtfully on 2 posts a week</source>
        <translation>Kommentoi ajatuksella 2 julkaisua viikossa</translation>
    </message>
    <message>
        <source>Comment thoughtfully on 3 posts a week</source>
        <translation>Kommentoi ajatuksella 3 julkaisua viikossa</translation>
    </message>
    <message>
        <source>Publish a post of your own every two weeks</source>
        <translation>Tee oma julkaisu joka toinen viikko</translation>
    </message>
    <message>
        <source>Publish a post of your own every week</source>
        <translation>Tee oma julkaisu joka viikko</translation>
    </message>
    <message>
        <source>Answer 3 comments or discussions a week on your posts</source>
        <translation>Vastaa joka viikko 3 kommenttiin tai keskusteluun julkaisuissasi</translation>
    </message>
    <message>
        <source>Share something you learned, with your own comment, every two weeks</source>
        <translation>Jaa oppimaasi oman kommentin kera joka toinen viikko</translation>
    </message>
    <message>
        <source>Join 2 discussions a week on your topics</source>
        <translation>Osallistu joka viikko 2 keskusteluun aiheistasi</translation>
    </message>
    <message>
        <source>Comment on 3 posts a week by people you would like to know</source>
        <translation>Kommentoi joka viikko 3 julkaisua, joiden kirjoittajiin haluaisit tutustua</translation>
    </message>
    <message>
        <source>Write about your expertise in a post every two weeks</source>
        <translation>Kirjoita osaamisestasi julkaisu joka toinen viikko</translation>
    </message>
    <message>
        <source>Answer 2 customer questions or comments a week in public</source>
        <translation>Vastaa joka viikko julkisesti 2 asiakkaan kysymykseen tai kommenttiin</translation>
    </message>
    <message>
        <source>Share your team&apos;s work, in your own words, every week</source>
        <translation>Jaa tiimisi työtä omin sanoin joka viikko</translation>
    </message>
</context>
<context>
    <name>GoalsStep</name>
    <message>
        <source>Your first goals</source>
        <translation>Ensimmäiset tavoitteesi</translation>
    </message>
    <message>
        <source>Small, concrete goals grow into habits. Here are suggestions from your starting point and your benefits: keep, change or untick them. Up to three at a time.</source>
        <translation>Pienistä, konkreettisista tavoitteista kasvaa tapoja. Tässä on ehdotuksia lähtökohtasi ja valitsemiesi hyötyjen perusteella: pidä ne, muuta niitä tai poista rasti. Enintään kolme kerrallaan.</translation>
    </message>
</context>
<context>
    <name>GroupFileDialog</name>
    <message>
        <source>Group file</source>
        <translation>Ryhmätiedosto</translation>
    </message>
    <message>
        <source>One file for the whole group: the posts below that their authors allowed, each with your line on why it works, what the group did, in counts only, and the group sessions to come. A name goes with a post only when its author said so. Each person opens it like a feedback file; a newer group file replaces the older one.</source>
        <translation>Yksi tiedosto koko ryhmälle: alla olevat julkaisut, joiden jakamiseen kirjoittaja on antanut luvan, kunkin mukana sinun rivisi siitä, miksi se toimii, ryhmän tekemiset pelkkinä lukumäärinä sekä tulevat ryhmätapaamiset. Nimi näkyy julkaisun yhteydessä vain, jos kirjoittaja on niin halunnut. Jokainen avaa tiedoston kuten palautetiedoston; uudempi ryhmätiedosto korvaa vanhemman.</translation>
    </message>
    <message>
        <source>&amp;Posts you asked to share:</source>
        <translation>&amp;Julkaisut, joita pyysit saada jakaa:</translation>
    </message>
    <message>
        <source>You have not asked anyone yet: open a person and use Share with the group.</source>
        <translation>Et ole vielä kysynyt keneltäkään: avaa henkilö ja käytä kohtaa Jaa ryhmälle.</translation>
    </message>
    <message>
        <source>&amp;What goes out:</source>
        <translation>&amp;Mitä lähtee:</translation>
    </message>
    <message>
        <source>Save group file…</source>
        <translation>Tallenna ryhmätiedosto…</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ei vielä lähetetty</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>odottaa vastausta</translation>
    </message>
    <message>
        <source>yes, with their name</source>
        <translation>kyllä, nimellä</translation>
    </message>
    <message>
        <source>yes, without their name</source>
        <translation>kyllä, ilman nimeä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>lupa peruttu</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>By {name}.</source>
        <translation>Kirjoittaja: {name}.</translation>
    </message>
    <message>
        <source>Without a name.</source>
        <translation>Ilman nimeä.</translation>
    </message>
    <message>
        <source>Why it works: {why}</source>
        <translation>Miksi se toimii: {why}</translation>
    </message>
    <message>
        <source>No posts.</source>
        <translation>Ei julkaisuja.</translation>
    </message>
    <message>
        <source>No counts for the group yet: a count needs at least two people.</source>
        <translation>Ryhmälle ei vielä ole lukuja: luku tarvitsee vähintään kaksi ihmistä.</translation>
    </message>
    <message>
        <source>Group session: {when}</source>
        <translation>Ryhmätapaaminen: {when}</translation>
    </message>
    <message>
        <source>From {coach}, {day}.</source>
        <translation>Lähettäjä {coach}, {day}.</translation>
    </message>
    <message>
        <source>Save the group file</source>
        <translation>Tallenna ryhmätiedosto</translation>
    </message>
    <message>
        <source>OwnVoice files (*.ownvoice)</source>
        <translation>OwnVoice-tiedostot (*.ownvoice)</translation>
    </message>
    <message>
        <source>Saved the group file {file}.</source>
        <translation>Ryhmätiedosto {file} tallennettiin.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>A post in the group file is no longer allowed by its author; nothing was saved. Open Group file… again to see what may go out now.</source>
        <translation>Kirjoittaja ei enää salli yhden ryhmätiedoston julkaisun jakamista, joten mitään ei tallennettu. Avaa Ryhmätiedosto… uudelleen nähdäksesi, mitä nyt voi lähteä.</translation>
    </message>
</context>
<context>
    <name>GroupPanel</name>
    <message>
        <source>Your coach asks to share your posts</source>
        <translation>Valmentajasi pyytää lupaa jakaa julkaisujasi</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Ryhmäsi</translation>
    </message>
    <message>
        <source>Posts that work</source>
        <translation>Julkaisuja, jotka toimivat</translation>
    </message>
    <message>
        <source>From {coach}&apos;s group file of {day}.</source>
        <translation>Ryhmätiedosto: {coach}, {day}.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>valmentajasi</translation>
    </message>
    <message>
        <source>Your posts your coach asked to share</source>
        <translation>Julkaisusi, joita valmentajasi pyysi saada jakaa</translation>
    </message>
    <message>
        <source>Why it works: {why}</source>
        <translation>Miksi se toimii: {why}</translation>
    </message>
    <message>
        <source>By {name}.</source>
        <translation>Kirjoittaja: {name}.</translation>
    </message>
    <message>
        <source>Your coach</source>
        <translation>Valmentajasi</translation>
    </message>
    <message>
        <source>{coach} asked on {day} to share this post with the group:</source>
        <translation>{coach} pyysi {day} lupaa jakaa tämän julkaisun ryhmälle:</translation>
    </message>
    <message>
        <source>Why it works, in {coach}&apos;s words: {why}</source>
        <translation>Miksi se toimii ({coach}): {why}</translation>
    </message>
    <message>
        <source>Yes, with my name</source>
        <translation>Kyllä, nimelläni</translation>
    </message>
    <message>
        <source>Yes, without my name</source>
        <translation>Kyllä, ilman nimeäni</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Take my yes back</source>
        <translation>Peru lupani</translation>
    </message>
    <message>
        <source>Nothing is shared unless you say yes, and you can take a yes back at any time. Your answer goes to your coach with your next progress file.</source>
        <translation>Mitään ei jaeta ilman lupaasi, ja voit perua luvan milloin tahansa. Vastauksesi menee valmentajallesi seuraavan edistymistiedostosi mukana.</translation>
    </message>
    <message>
        <source>You said yes, with your name, on {day}.</source>
        <translation>Annoit luvan nimelläsi {day}.</translation>
    </message>
    <message>
        <source>You said yes, without your name, on {day}.</source>
        <translation>Annoit luvan ilman nimeäsi {day}.</translation>
    </message>
    <message>
        <source>You said no on {day}.</source>
        <translation>Kieltäydyit {day}.</translation>
    </message>
    <message>
        <source>You took your yes back on {day}; it leaves the group with your coach&apos;s next group file.</source>
        <translation>Peruit luvan {day}; julkaisu poistuu ryhmästä valmentajasi seuraavan ryhmätiedoston myötä.</translation>
    </message>
</context>
<context>
    <name>GroupWords</name>
    <message numerus="yes">
        <source>In {month}, %Ln of you took a step in public.</source>
        <translation>
            <numerusform>%Ln teistä otti askeleen julkisesti ({month}).</numerusform>
            <numerusform>%Ln teistä otti askeleen julkisesti ({month}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In {month}, %Ln of you finished an exercise.</source>
        <translation>
            <numerusform>%Ln teistä teki harjoituksen loppuun ({month}).</numerusform>
            <numerusform>%Ln teistä teki harjoituksen loppuun ({month}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of you stand higher on the ladder than at the start.</source>
        <translation>
            <numerusform>%Ln teistä on tikkailla korkeammalla kuin alussa.</numerusform>
            <numerusform>%Ln teistä on tikkailla korkeammalla kuin alussa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of you have reached a goal.</source>
        <translation>
            <numerusform>%Ln teistä on saavuttanut tavoitteen.</numerusform>
            <numerusform>%Ln teistä on saavuttanut tavoitteen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitActions</name>
    <message>
        <source>Saved. Ctrl+Z undoes it.</source>
        <translation>Tallennettu. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Amount on {day} ({unit}):</source>
        <translation>Määrä {day} ({unit}):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Note for {day}:</source>
        <translation>Päivän {day} muistiinpano:</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Ei kumottavaa.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Kumottu.</translation>
    </message>
    <message>
        <source>Import from Loop Habit Tracker</source>
        <translation>Tuo Loop Habit Trackerista</translation>
    </message>
    <message>
        <source>Loop Habit Tracker CSV export (*.zip);;All files (*)</source>
        <translation>Loop Habit Trackerin CSV-vienti (*.zip);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <source>{added} habits added, {merged} already here; {days} days of history imported.</source>
        <translation>Uusia tapoja: {added}, jo ennestään mukana: {merged}. Historiaa tuotiin {days} päivältä.</translation>
    </message>
    <message>
        <source>Export habits as CSV into</source>
        <translation>Vie tavat CSV-tiedostoina kansioon</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Viety kansioon {folder}.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Vienti valmis</translation>
    </message>
    <message>
        <source>Saved {habits} and {checkins}.</source>
        <translation>Tallennettiin tiedostot {habits} ja {checkins}.</translation>
    </message>
    <message>
        <source>This is not a Loop Habit Tracker CSV export: {reason}</source>
        <translation>Tämä ei ole Loop Habit Trackerin CSV-vienti: {reason}</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}</source>
        <translation>Tiedostoa ei voitu käyttää: {reason}</translation>
    </message>
</context>
<context>
    <name>HabitEditor</name>
    <message>
        <source>Edit habit</source>
        <translation>Muokkaa tapaa</translation>
    </message>
    <message>
        <source>New habit</source>
        <translation>Uusi tapa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;How often:</source>
        <translation>&amp;Kuinka usein:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Ta&amp;voite:</translation>
    </message>
    <message>
        <source>&amp;Checked by:</source>
        <translation>Me&amp;rkitsee:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>M&amp;uistutus:</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Kyllä tai ei</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Joka päivä</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Viikossa</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Kuukaudessa</translation>
    </message>
    <message>
        <source>In a number of days</source>
        <translation>Usean päivän jaksossa</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Vähintään</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Enintään</translation>
    </message>
    <message>
        <source>unit, e.g. minutes</source>
        <translation>yksikkö, esim. minuuttia</translation>
    </message>
    <message>
        <source>times</source>
        <translation>kertaa</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päivässä</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Kuinka monta kertaa</translation>
    </message>
    <message>
        <source>In how many days</source>
        <translation>Kuinka monessa päivässä</translation>
    </message>
    <message>
        <source>At least or at most</source>
        <translation>Vähintään vai enintään</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Muistutuksen aika</translation>
    </message>
    <message>
        <source>Only me</source>
        <translation>Vain minä</translation>
    </message>
    <message>
        <source>When you log or import an activity of this kind, the habit is checked for that day.</source>
        <translation>Kun kirjaat tai tuot tällaisen teon, tapa merkitään tehdyksi sille päivälle.</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Muistuta minua klo</translation>
    </message>
    <message>
        <source>Give the habit a name.</source>
        <translation>Anna tavalle nimi.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Valitse muistutukselle vähintään yksi päivä.</translation>
    </message>
</context>
<context>
    <name>HabitPicker</name>
    <message>
        <source>Habits shown: {shown} of {every}</source>
        <translation>Näytetyt tavat: {shown}/{every}</translation>
    </message>
    <message>
        <source>The {count} that changed most</source>
        <translation>Ne {count}, jotka muuttuivat eniten</translation>
    </message>
    <message>
        <source>All habits</source>
        <translation>Kaikki tavat</translation>
    </message>
</context>
<context>
    <name>Habits</name>
    <message>
        <source>checked by: {kind}</source>
        <translation>merkitään kirjauksesta: {kind}</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation>Nykyinen putki</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Paras putki</translation>
    </message>
    <message>
        <source>Days with an amount</source>
        <translation>Päivät, joille on kirjattu määrä</translation>
    </message>
    <message>
        <source>Times done</source>
        <translation>Tehty yhteensä</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Same as a month ago</source>
        <translation>Sama kuin kuukausi sitten</translation>
    </message>
    <message>
        <source>+{n} in a month</source>
        <translation>+{n} kuukaudessa</translation>
    </message>
    <message>
        <source>−{n} in a month</source>
        <translation>−{n} kuukaudessa</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>{day} alkaen</translation>
    </message>
    <message>
        <source>‹ All habits</source>
        <translation>‹ Kaikki tavat</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Takaisin luetteloon (Esc)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>Arrow keys choose a day, Space checks it, S skips it. Page Up and Page Down move a year.</source>
        <translation>Nuolinäppäimillä valitset päivän, välilyönti merkitsee sen tehdyksi ja S ohittaa sen. Page Up ja Page Down siirtävät vuoden kerrallaan.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Frequency met</source>
        <translation>Tahti täyttynyt</translation>
    </message>
    <message>
        <source>Skipped or away</source>
        <translation>Ohitettu tai poissa</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Ei tehty</translation>
    </message>
    <message>
        <source>Strength over time</source>
        <translation>Vahvuus ajan mittaan</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 kuukautta</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 vuosi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Longest streaks</source>
        <translation>Pisimmät putket</translation>
    </message>
    <message>
        <source>No streaks yet.</source>
        <translation>Ei vielä putkia.</translation>
    </message>
    <message>
        <source>Strength {percent}: how firmly the habit has taken hold</source>
        <translation>Vahvuus {percent}: kuinka lujasti tapa on juurtunut</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Ei vielä putkea</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Putki</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Paras</translation>
    </message>
    <message>
        <source>Current streak, in good days</source>
        <translation>Nykyinen putki, hyvinä päivinä laskettuna</translation>
    </message>
    <message>
        <source>Best streak, in good days</source>
        <translation>Paras putki, hyvinä päivinä laskettuna</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Joka päivä</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>kuukaudessa</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>päivässä</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>viikossa</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Vähintään</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Enintään</translation>
    </message>
    <message>
        <source>{kind} {amount} {unit} {period}</source>
        <translation>{kind} {amount} {unit} {period}</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ei muistutusta</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>joka päivä</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>arkisin</translation>
    </message>
    <message>
        <source>Reminder at {time}, {days}</source>
        <translation>Muistutus klo {time}, {days}</translation>
    </message>
    <message>
        <source>Done: {amount} {unit}</source>
        <translation>Tehty: {amount} {unit}</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
    <message>
        <source>Away: this day does not count</source>
        <translation>Poissa: tätä päivää ei lasketa</translation>
    </message>
    <message>
        <source>Not needed: the frequency is met</source>
        <translation>Ei tarpeen: tahti on jo täyttynyt</translation>
    </message>
    <message>
        <source>Before the habit began</source>
        <translation>Ennen tavan alkua</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Ei vielä tehty</translation>
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
        <translation>&amp;Uusi tapa…</translation>
    </message>
    <message>
        <source>Make a habit of your own (Ctrl+N)</source>
        <translation>Luo oma tapa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add from &amp;suggestions…</source>
        <translation>Lisää &amp;ehdotuksista…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Muut toiminnot</translation>
    </message>
    <message>
        <source>&amp;Import from Loop Habit Tracker…</source>
        <translation>&amp;Tuo Loop Habit Trackerista…</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Vie CSV-muodossa…</translation>
    </message>
    <message>
        <source>Show &amp;archived habits</source>
        <translation>Näytä &amp;arkistoidut tavat</translation>
    </message>
    <message>
        <source>Space checks the selected habit for today, S skips it, Enter opens it and F2 edits it. Click a day to check it. Ctrl+Z undoes.</source>
        <translation>Välilyönti merkitsee valitun tavan tehdyksi tänään, S ohittaa sen, Enter avaa sen ja F2 avaa sen muokattavaksi. Merkitse päivä napsauttamalla sitä. Ctrl+Z kumoaa.</translation>
    </message>
    <message>
        <source>Your habits</source>
        <translation>Tapasi</translation>
    </message>
    <message numerus="yes">
        <source>Today: {done} of %Ln habits done or not needed.</source>
        <translation>
            <numerusform>Tänään: %Ln tavasta {done} tehty tai ei tarpeen.</numerusform>
            <numerusform>Tänään: %Ln tavasta {done} tehty tai ei tarpeen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check or uncheck	Space</source>
        <translation>Merkitse tai poista merkintä	Välilyönti</translation>
    </message>
    <message>
        <source>Skip	S</source>
        <translation>Ohita	S</translation>
    </message>
    <message>
        <source>Enter the amount…	A</source>
        <translation>Syötä määrä…	A</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Muistiinpano…</translation>
    </message>
    <message>
        <source>Open	Enter</source>
        <translation>Avaa	Enter</translation>
    </message>
    <message>
        <source>Edit…	F2</source>
        <translation>Muokkaa…	F2</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Archive	Del</source>
        <translation>Arkistoi	Del</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Habit added.</source>
        <translation>Tapa lisätty.</translation>
    </message>
    <message>
        <source>Habit saved.</source>
        <translation>Tapa tallennettu.</translation>
    </message>
    <message>
        <source>Suggested habits</source>
        <translation>Ehdotetut tavat</translation>
    </message>
    <message>
        <source>Habit archived.</source>
        <translation>Tapa arkistoitu.</translation>
    </message>
    <message>
        <source>Habit restored.</source>
        <translation>Tapa palautettu.</translation>
    </message>
    <message>
        <source>Delete habit</source>
        <translation>Poista tapa</translation>
    </message>
    <message>
        <source>Delete “{name}” and its whole history? Archiving keeps the history.</source>
        <translation>Poistetaanko ”{name}” koko historioineen? Jos arkistoit tavan, historia säilyy.</translation>
    </message>
    <message>
        <source>Habit deleted.</source>
        <translation>Tapa poistettu.</translation>
    </message>
</context>
<context>
    <name>HabitsPlurals</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln päivä</numerusform>
            <numerusform>%Ln päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times a week</source>
        <translation>
            <numerusform>Kerran viikossa</numerusform>
            <numerusform>%Ln kertaa viikossa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times a month</source>
        <translation>
            <numerusform>Kerran kuukaudessa</numerusform>
            <numerusform>%Ln kertaa kuukaudessa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln times {period}</source>
        <translation>
            <numerusform>Kerran {period}</numerusform>
            <numerusform>%Ln kertaa {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>%Ln päivässä</numerusform>
            <numerusform>%Ln päivässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln weeks</source>
        <translation>
            <numerusform>%Ln viikossa</numerusform>
            <numerusform>%Ln viikossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HabitsTodayCard</name>
    <message>
        <source>Today&apos;s habits</source>
        <translation>Tämän päivän tavat</translation>
    </message>
    <message>
        <source>{habit} (skipped today)</source>
        <translation>{habit} (ohitettu tänään)</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Your next step: review your goal</source>
        <translation>Seuraava askeleesi: katsaus tavoitteeseen</translation>
    </message>
    <message>
        <source>It is time to look back on “{goal}”: a few lines on how it goes.</source>
        <translation>On aika katsoa taaksepäin tavoitetta ”{goal}”: muutama rivi siitä, miten on mennyt.</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Tee katsaus nyt</translation>
    </message>
    <message>
        <source>Your next step: import your posts</source>
        <translation>Seuraava askeleesi: tuo julkaisusi</translation>
    </message>
    <message>
        <source>Bring in what you have already written (a LinkedIn or X archive, or plain text): your voice profile and your history on the ladder start from it.</source>
        <translation>Tuo se, mitä olet jo kirjoittanut (LinkedIn- tai X-arkisto tai pelkkä teksti): äänesi profiili ja historiasi tikkailla alkavat siitä.</translation>
    </message>
    <message>
        <source>Import your posts</source>
        <translation>Tuo julkaisusi</translation>
    </message>
    <message>
        <source>Your next step: set a goal</source>
        <translation>Seuraava askeleesi: aseta tavoite</translation>
    </message>
    <message>
        <source>A goal turns a good intention into a plan for the week.</source>
        <translation>Tavoite tekee hyvästä aikomuksesta viikon suunnitelman.</translation>
    </message>
    <message>
        <source>Set your first goal</source>
        <translation>Aseta ensimmäinen tavoitteesi</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Seuraava askeleesi</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>New idea</source>
        <translation>Uusi idea</translation>
    </message>
    <message>
        <source>What could you post about? A line is enough.</source>
        <translation>Mistä voisit kirjoittaa? Yksi rivi riittää.</translation>
    </message>
    <message>
        <source>Tags, e.g. hiring, ai</source>
        <translation>Tunnisteet, esim. rekrytointi, tekoäly</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import your writing</source>
        <translation>Tuo tekstisi</translation>
    </message>
    <message>
        <source>Archive to import</source>
        <translation>Tuotava arkisto</translation>
    </message>
    <message>
        <source>Text to import</source>
        <translation>Tuotava teksti</translation>
    </message>
    <message>
        <source>Choose where your texts come from. Everything is read here on your computer; nothing is uploaded.</source>
        <translation>Valitse, mistä tekstisi tulevat. Kaikki luetaan täällä omalla tietokoneellasi, eikä mitään lähetetä minnekään.</translation>
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
        <translation>Tekstitiedosto</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Liitä teksti</translation>
    </message>
    <message>
        <source>The downloaded ZIP file or its unpacked folder</source>
        <translation>Ladattu ZIP-tiedosto tai sen purettu kansio</translation>
    </message>
    <message>
        <source>Paste your own text here: a post, an article, a talk</source>
        <translation>Liitä tähän oma tekstisi: julkaisu, artikkeli, puhe</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Valitse &amp;kansio…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Luetaan…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Pysäytetään…</translation>
    </message>
    <message>
        <source>Reading records…</source>
        <translation>Luetaan tietueita…</translation>
    </message>
    <message>
        <source>Too late to cancel: the import was stored.</source>
        <translation>Peruminen oli liian myöhäistä: tuonti tallentui.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Tuonti peruttiin. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Valitse t&amp;iedostot…</translation>
    </message>
    <message>
        <source>Choose &amp;ZIP…</source>
        <translation>Valitse &amp;ZIP-tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Peruuta tuonti</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md *.markdown);;ZIP archives (*.zip)</source>
        <translation>Tekstitiedostot (*.txt *.md *.markdown);;ZIP-arkistot (*.zip)</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip);;All files (*)</source>
        <translation>ZIP-arkistot (*.zip);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose the archive</source>
        <translation>Valitse tietoarkisto</translation>
    </message>
    <message>
        <source>Choose the unpacked folder</source>
        <translation>Valitse purettu kansio</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln teksti</numerusform>
            <numerusform>%Ln tekstiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged actions</source>
        <translation>
            <numerusform>%Ln kirjattu teko</numerusform>
            <numerusform>%Ln kirjattua tekoa</numerusform>
        </translation>
    </message>
    <message>
        <source>{texts} and {actions}</source>
        <translation>{texts} ja {actions}</translation>
    </message>
    <message>
        <source>Removed the import: {texts} and {actions}.</source>
        <translation>Tuonti poistettiin: {texts} ja {actions}.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Ideas</source>
        <translation>Ideat</translation>
    </message>
    <message>
        <source>Jot down an idea, press Enter</source>
        <translation>Kirjaa idea ja paina Enteriä</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Uusi idea</translation>
    </message>
    <message>
        <source>Tags (optional)</source>
        <translation>Tunnisteet (valinnainen)</translation>
    </message>
    <message>
        <source>Tags for the new idea</source>
        <translation>Uuden idean tunnisteet</translation>
    </message>
    <message>
        <source>Start a draft from this idea</source>
        <translation>Aloita luonnos tästä ideasta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <source>Edit journal entry</source>
        <translation>Muokkaa päiväkirjamerkintää</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Uusi päiväkirjamerkintä</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Mitä tapahtui:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Linkki:</translation>
    </message>
    <message>
        <source>&amp;Share with my coach</source>
        <translation>&amp;Jaa valmentajalleni</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Write a few words first: the entry is empty.</source>
        <translation>Kirjoita ensin muutama sana: merkintä on tyhjä.</translation>
    </message>
    <message>
        <source>This link can&apos;t be used: a link starts with https:// or http://, for example https://www.linkedin.com/…</source>
        <translation>Linkkiä ei voi käyttää: linkin alussa on https:// tai http://, esimerkiksi https://www.linkedin.com/…</translation>
    </message>
    <message>
        <source>A good example needs a link, so that you can find it again.</source>
        <translation>Liitä hyvään esimerkkiin linkki, niin löydät sen myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>What did you notice? What felt easy, what held you back?</source>
        <translation>Mitä huomasit? Mikä tuntui helpolta, mikä jarrutti?</translation>
    </message>
    <message>
        <source>What went well? A post that started a good discussion, a customer case handled well in public…</source>
        <translation>Mikä sujui hyvin? Julkaisu, joka herätti hyvän keskustelun, julkisesti hyvin hoidettu asiakastapaus…</translation>
    </message>
    <message>
        <source>What makes this a good example? What could you borrow from it?</source>
        <translation>Mikä tekee tästä hyvän esimerkin? Mitä voisit lainata siitä?</translation>
    </message>
    <message>
        <source>How is the goal going? What will you do next?</source>
        <translation>Miten tavoite etenee? Mitä teet seuraavaksi?</translation>
    </message>
    <message>
        <source>Your coach will see this entry.</source>
        <translation>Valmentajasi näkee tämän merkinnän.</translation>
    </message>
    <message>
        <source>Only you see this unless you share it with your coach.</source>
        <translation>Vain sinä näet tämän, ellet jaa sitä valmentajallesi.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Shared with your coach</source>
        <translation>Jaettu valmentajallesi</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Yksityinen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>Kuka näkee</translation>
    </message>
</context>
<context>
    <name>JournalPanel</name>
    <message>
        <source>The entry could not be saved: it is empty or its link is not a web address.</source>
        <translation>Merkintää ei voitu tallentaa: se on tyhjä tai sen linkki ei ole verkko-osoite.</translation>
    </message>
    <message>
        <source>The entry of {day} was deleted.</source>
        <translation>Päivän {day} merkintä poistettiin.</translation>
    </message>
    <message>
        <source>Your journal is empty. Write down what you notice on the way: a reflection, a win, or a good example from someone else to learn from. Only you see your entries unless you share one with your coach.</source>
        <translation>Päiväkirjasi on tyhjä. Kirjaa ylös, mitä huomaat matkan varrella: pohdinta, onnistuminen tai toisen hyvä esimerkki, josta voit oppia. Vain sinä näet merkintäsi, ellet jaa jotakin niistä valmentajallesi.</translation>
    </message>
    <message>
        <source>No entries of this kind yet.</source>
        <translation>Tämän tyyppisiä merkintöjä ei ole vielä.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Kaikki merkinnät</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Uusi merkintä…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Päiväkirjamerkinnät</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <source>Your place on the ladder</source>
        <translation>Paikkasi tikkailla</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Viikko viikolta</translation>
    </message>
    <message>
        <source>&amp;Moves on the ladder</source>
        <translation>&amp;Siirtymät tikkailla</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Päiväkirja</translation>
    </message>
    <message>
        <source>Progress since the start</source>
        <translation>Edistyminen alusta asti</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Oppiminen</translation>
    </message>
    <message>
        <source>Examples from your group</source>
        <translation>Esimerkkejä ryhmästäsi</translation>
    </message>
    <message>
        <source>How the ladder works: it has six stages, from Listener to Role model. Your stage comes from what you do in public over the last four weeks: reactions, comments on other people&apos;s posts, replies and your own posts. Log what you do on the Today page, and you will see yourself move here week by week.</source>
        <translation>Näin tikkaat toimivat: niissä on kuusi vaihetta Kuuntelijasta Esikuvaan. Vaiheesi määräytyy sen mukaan, mitä teet julkisesti viimeisten neljän viikon aikana: reaktiot, kommentit muiden julkaisuihin, vastaukset ja omat julkaisut. Kirjaa tekemisesi Tänään-sivulla, niin näet täällä, miten liikut tikkailla viikko viikolta.</translation>
    </message>
    <message>
        <source>Nothing is logged yet, so you start at the first stage.</source>
        <translation>Mitään ei ole vielä kirjattu, joten aloitat ensimmäisestä vaiheesta.</translation>
    </message>
    <message>
        <source>Nothing is logged yet, so this is where your survey placed you.</source>
        <translation>Mitään ei ole vielä kirjattu, joten tämä on vaihe, johon kyselysi sinut sijoitti.</translation>
    </message>
    <message>
        <source>You started as {stage} on {day}.</source>
        <translation>Aloitit {day} vaiheesta {stage}.</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>You read and follow, but you are not yet seen doing anything in public.</source>
        <translation>Luet ja seuraat, mutta tekemisesi ei vielä näy julkisesti.</translation>
    </message>
    <message>
        <source>You are seen: you react and share now and then.</source>
        <translation>Näyt jo: reagoit ja jaat silloin tällöin.</translation>
    </message>
    <message>
        <source>You comment on other people&apos;s posts regularly.</source>
        <translation>Kommentoit säännöllisesti muiden julkaisuja.</translation>
    </message>
    <message>
        <source>You comment and answer back, week after week: your conversations go both ways.</source>
        <translation>Kommentoit ja vastaat viikosta toiseen: keskustelusi kulkevat molempiin suuntiin.</translation>
    </message>
    <message>
        <source>You put out your own posts regularly and stay in the conversation.</source>
        <translation>Teet säännöllisesti omia julkaisuja ja pysyt mukana keskustelussa.</translation>
    </message>
    <message>
        <source>You have kept creating and talking for a quarter of a year: others learn from you.</source>
        <translation>Olet julkaissut ja keskustellut tasaisesti jo neljännesvuoden: muut oppivat sinulta.</translation>
    </message>
    <message>
        <source>Week {week}/{year}</source>
        <translation>Viikko {week}/{year}</translation>
    </message>
</context>
<context>
    <name>KeychainPanel</name>
    <message>
        <source>Passwords</source>
        <translation>Salasanat</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Etsitään järjestelmän avainnippua…</translation>
    </message>
    <message>
        <source>Passwords are kept in your system keychain ({name}).</source>
        <translation>Salasanat säilytetään järjestelmän avainnipussa ({name}).</translation>
    </message>
    <message>
        <source>No system keychain is available, so passwords you enter are kept only until you close OwnVoice. They are never written to a file.</source>
        <translation>Järjestelmän avainnippua ei ole käytettävissä, joten antamasi salasanat muistetaan vain, kunnes suljet OwnVoicen. Niitä ei koskaan kirjoiteta tiedostoon.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Listener</source>
        <translation>Kuuntelija</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Kannustaja</translation>
    </message>
    <message>
        <source>Commenter</source>
        <translation>Kommentoija</translation>
    </message>
    <message>
        <source>Conversationalist</source>
        <translation>Keskustelija</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Sisällöntekijä</translation>
    </message>
    <message>
        <source>Role model</source>
        <translation>Esikuva</translation>
    </message>
    <message>
        <source>Own post</source>
        <translation>Oma julkaisu</translation>
    </message>
    <message>
        <source>Comment on someone&apos;s post</source>
        <translation>Kommentti toisen julkaisuun</translation>
    </message>
    <message>
        <source>Reply in a discussion</source>
        <translation>Vastaus keskustelussa</translation>
    </message>
    <message>
        <source>Share with my own comment</source>
        <translation>Jako omalla kommentilla</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Jako</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktio</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogi</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Sisäinen verkosto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Aikataulussa</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Jäljessä</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Write what you want to achieve.</source>
        <translation>Kirjoita, mitä haluat saavuttaa.</translation>
    </message>
    <message>
        <source>Say it a little more concretely: what, where and how much?</source>
        <translation>Kerro vähän konkreettisemmin: mitä, missä ja kuinka paljon?</translation>
    </message>
    <message>
        <source>Give a target number, so that progress can be seen.</source>
        <translation>Anna tavoitemäärä, niin edistyminen näkyy.</translation>
    </message>
    <message>
        <source>Choose a date by which you want it.</source>
        <translation>Valitse päivä, johon mennessä haluat sen.</translation>
    </message>
    <message>
        <source>The deadline is before the start.</source>
        <translation>Määräpäivä on ennen aloitusta.</translation>
    </message>
    <message>
        <source>More than three active goals is a lot: consider pausing one.</source>
        <translation>Yli kolme aktiivista tavoitetta on paljon – harkitse yhden tauottamista.</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Joka viikko</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Joka toinen viikko</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Joka kuukausi</translation>
    </message>
    <message>
        <source>Your first comment</source>
        <translation>Ensimmäinen kommenttisi</translation>
    </message>
    <message>
        <source>Your first own post</source>
        <translation>Ensimmäinen oma julkaisusi</translation>
    </message>
    <message>
        <source>Your first reply in a discussion</source>
        <translation>Ensimmäinen vastauksesi keskustelussa</translation>
    </message>
    <message>
        <source>Four weeks in a row with public activity</source>
        <translation>Neljä viikkoa peräkkäin julkisesti aktiivinen</translation>
    </message>
    <message>
        <source>A step up the ladder</source>
        <translation>Askel ylöspäin tikkailla</translation>
    </message>
    <message>
        <source>A goal reached</source>
        <translation>Tavoite saavutettu</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Pohdinta</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Onnistuminen</translation>
    </message>
    <message>
        <source>Good example</source>
        <translation>Hyvä esimerkki</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>Tavoitteen katsaus</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>En koskaan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Read posts</source>
        <translation>Luen julkaisuja</translation>
    </message>
    <message>
        <source>React (like, applaud)</source>
        <translation>Reagoin (tykkään, taputan)</translation>
    </message>
    <message>
        <source>Share posts</source>
        <translation>Jaan julkaisuja</translation>
    </message>
    <message>
        <source>Comment on posts</source>
        <translation>Kommentoin julkaisuja</translation>
    </message>
    <message>
        <source>Take part in discussions</source>
        <translation>Osallistun keskusteluihin</translation>
    </message>
    <message>
        <source>Post your own</source>
        <translation>Julkaisen omia</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Esihenkilö tai johtaja</translation>
    </message>
    <message>
        <source>Sales or customer work</source>
        <translation>Myynti- tai asiakastyö</translation>
    </message>
    <message>
        <source>Expert or specialist</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <source>Recruiting or HR</source>
        <translation>Rekrytointi tai HR</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Jokin muu</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Oppiminen</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Vaikuttaminen</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Verkostoituminen</translation>
    </message>
    <message>
        <source>Visibility of your expertise</source>
        <translation>Osaamisesi näkyvyys</translation>
    </message>
    <message>
        <source>Customer dialogue</source>
        <translation>Asiakasvuoropuhelu</translation>
    </message>
    <message>
        <source>Recruiting</source>
        <translation>Rekrytointi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Not knowing what to say</source>
        <translation>En tiedä, mitä sanoisin</translation>
    </message>
    <message>
        <source>Fear of making mistakes</source>
        <translation>Pelko virheistä</translation>
    </message>
    <message>
        <source>It&apos;s not my thing</source>
        <translation>Se ei ole minun juttuni</translation>
    </message>
    <message>
        <source>Unsure what I&apos;m allowed to say</source>
        <translation>En ole varma, mistä saan puhua</translation>
    </message>
    <message>
        <source>Writing in another language</source>
        <translation>Kirjoittaminen vieraalla kielellä</translation>
    </message>
    <message>
        <source>Pick at most three benefits.</source>
        <translation>Valitse enintään kolme hyötyä.</translation>
    </message>
    <message>
        <source>Name at least three topics.</source>
        <translation>Nimeä vähintään kolme aihetta.</translation>
    </message>
    <message>
        <source>Five topics at most keeps focus.</source>
        <translation>Enintään viisi aihetta pitää fokuksen.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Valitse vähintään yksi kanava.</translation>
    </message>
    <message>
        <source>Choose the languages you post in.</source>
        <translation>Valitse kielet, joilla julkaiset.</translation>
    </message>
</context>
<context>
    <name>LadderTexts</name>
    <message>
        <source>Your stage now: {stage}</source>
        <translation>Vaiheesi nyt: {stage}</translation>
    </message>
    <message>
        <source>Highest stage reached: {stage}</source>
        <translation>Korkein saavutettu vaihe: {stage}</translation>
    </message>
    <message numerus="yes">
        <source>Quieter lately: your last weeks show {shown}. Your stage holds; it moves down only after %Ln weeks in a row with less than half of it.</source>
        <translation>
            <numerusform>Viime aikoina on ollut hiljaisempaa: viime viikkosi näyttävät vaiheen {shown}. Vaiheesi pysyy; se laskee vasta, jos %Ln viikko peräkkäin jää alle puoleen sen vaatimuksista.</numerusform>
            <numerusform>Viime aikoina on ollut hiljaisempaa: viime viikkosi näyttävät vaiheen {shown}. Vaiheesi pysyy; se laskee vasta, jos %Ln viikkoa peräkkäin jää alle puoleen sen vaatimuksista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %Ln weeks</source>
        <translation>
            <numerusform>%Ln viikon aikana</numerusform>
            <numerusform>%Ln viikon aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %Ln weeks</source>
        <translation>
            <numerusform>viimeisen %Ln viikon aikana</numerusform>
            <numerusform>viimeisten %Ln viikon aikana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your last weeks show {stage}. Keep it up: you move up once it has shown for %Ln weeks in a row.</source>
        <translation>
            <numerusform>Viime viikkosi näyttävät vaiheen {stage}. Jatka samaan malliin: nouset, kun se on näkynyt %Ln viikkona peräkkäin.</numerusform>
            <numerusform>Viime viikkosi näyttävät vaiheen {stage}. Jatka samaan malliin: nouset, kun se on näkynyt %Ln viikkona peräkkäin.</numerusform>
        </translation>
    </message>
    <message>
        <source>First step: follow a few people in your field and read what they share.</source>
        <translation>Ensimmäinen askel: ala seurata muutamaa alasi ihmistä ja lue, mitä he jakavat.</translation>
    </message>
    <message numerus="yes">
        <source>Next step up: %Ln public actions {window}. A reaction, a share or a comment all count.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: %Ln julkinen teko {window}. Reaktio, jako ja kommentti lasketaan kaikki.</numerusform>
            <numerusform>Seuraava askel ylöspäin: %Ln julkista tekoa {window}. Reaktio, jako ja kommentti lasketaan kaikki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: %Ln comments on other people&apos;s posts {window}.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: %Ln kommentti muiden julkaisuihin {window}.</numerusform>
            <numerusform>Seuraava askel ylöspäin: %Ln kommenttia muiden julkaisuihin {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: reply in a discussion %Ln times {window}.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: vastaa keskustelussa %Ln kerran {window}.</numerusform>
            <numerusform>Seuraava askel ylöspäin: vastaa keskustelussa %Ln kertaa {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: comment or reply in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: kommentoi tai vastaa %Ln viikkona {window}.</numerusform>
            <numerusform>Seuraava askel ylöspäin: kommentoi tai vastaa %Ln eri viikkona {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: an own post, or a share with your own words, in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: oma julkaisu tai jako omin sanoin %Ln viikkona {window}.</numerusform>
            <numerusform>Seuraava askel ylöspäin: oma julkaisu tai jako omin sanoin %Ln eri viikkona {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: keep creating, with own posts in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: jatka julkaisemista, omia julkaisuja %Ln viikkona {window}.</numerusform>
            <numerusform>Seuraava askel ylöspäin: jatka julkaisemista, omia julkaisuja %Ln eri viikkona {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step up: keep the conversations going, in %Ln different weeks {window}.</source>
        <translation>
            <numerusform>Seuraava askel ylöspäin: pidä keskusteluja yllä %Ln viikkona {window}.</numerusform>
            <numerusform>Seuraava askel ylöspäin: pidä keskusteluja yllä %Ln eri viikkona {window}.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are at the top of the ladder. Keep your rhythm, and show others the way.</source>
        <translation>Olet tikkaiden huipulla. Pidä rytmistäsi kiinni ja näytä muille suuntaa.</translation>
    </message>
</context>
<context>
    <name>LadderView</name>
    <message>
        <source>You are here</source>
        <translation>Olet tässä</translation>
    </message>
    <message>
        <source>Highest reached</source>
        <translation>Korkein saavutettu</translation>
    </message>
    <message>
        <source>your start</source>
        <translation>aloitit tästä</translation>
    </message>
    <message>
        <source>Your start</source>
        <translation>Aloitit tästä</translation>
    </message>
    <message>
        <source>The ladder</source>
        <translation>Tikkaat</translation>
    </message>
    <message>
        <source>Six stages, from {low} to {high}.</source>
        <translation>Kuusi vaihetta, alin {low} ja ylin {high}.</translation>
    </message>
    <message>
        <source>You are here: {stage}, stage {n} of {total}.</source>
        <translation>Olet tässä: {stage}, vaihe {n}/{total}.</translation>
    </message>
    <message>
        <source>Highest reached: {stage}.</source>
        <translation>Korkein saavutettu: {stage}.</translation>
    </message>
    <message>
        <source>Your start: {stage}.</source>
        <translation>Lähtövaiheesi: {stage}.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>German</source>
        <translation>saksa</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>viro</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanja</translation>
    </message>
    <message>
        <source>French</source>
        <translation>ranska</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>venäjä</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>kiina</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japani</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>korea</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>norja</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>uusnorja</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>tanska</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>islanti</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>hollanti</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italia</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugali</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>puola</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>latvia</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>liettua</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukraina</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turkki</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>kreikka</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabia</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>heprea</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tšekki</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>unkari</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>pohjoissaame</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>muu kieli</translation>
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
        <translation>Oppitunteja ei voitu lukea: {error}</translation>
    </message>
    <message>
        <source>For you now</source>
        <translation>Sinulle nyt</translation>
    </message>
    <message>
        <source>Up the ladder, stage by stage</source>
        <translation>Tikkaita ylös vaihe vaiheelta</translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>Lukuaika {minutes} min</translation>
    </message>
    <message>
        <source>Try this:</source>
        <translation>Kokeile tätä:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Oppitunnit</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Oppitunti</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Plan…</source>
        <translation>Suunnittele…</translation>
    </message>
    <message>
        <source>Mark as published…</source>
        <translation>Merkitse julkaistuksi…</translation>
    </message>
    <message>
        <source>Enter outcome…</source>
        <translation>Kirjaa tulokset…</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Takaisin luonnokseksi</translation>
    </message>
    <message>
        <source>Mark ready</source>
        <translation>Merkitse valmiiksi</translation>
    </message>
    <message>
        <source>Published on %1 on %2.</source>
        <translation>Julkaistu %2 (%1).</translation>
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
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About OwnVoice</source>
        <translation>&amp;Tietoja OwnVoicesta</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työskennellään…</translation>
    </message>
    <message>
        <source>Open the backups folder</source>
        <translation>Avaa varmuuskopioiden kansio</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Avaa tietokansio</translation>
    </message>
    <message>
        <source>Something went wrong showing this; details are in the log. Your data is safe.</source>
        <translation>Jotain meni vikaan tämän näyttämisessä; tarkemmat tiedot ovat lokissa. Tietosi ovat tallessa.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Avaa lokikansio</translation>
    </message>
    <message>
        <source>OwnVoice closed unexpectedly last time. Your data is safe. If it happens again, the report helps us find out why.</source>
        <translation>OwnVoice sulkeutui viime kerralla odottamatta. Tietosi ovat tallessa. Jos näin käy uudelleen, raportti auttaa selvittämään syyn.</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Avaa raportti</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Kopioi raportti</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Raportti on leikepöydällä.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>My own journey</source>
        <translation>Oma polkuni</translation>
    </message>
    <message>
        <source>Coach mode</source>
        <translation>Valmentajatila</translation>
    </message>
    <message>
        <source>Back to your own journey: Today, habits, drafts.</source>
        <translation>Takaisin omalle polullesi: Tänään, tavat, luonnokset.</translation>
    </message>
    <message>
        <source>For coaches: read the progress files of the people you coach.</source>
        <translation>Valmentajille: lue valmennettaviesi edistymistiedostot.</translation>
    </message>
    <message>
        <source>Share progress with your &amp;coach…</source>
        <translation>Jaa edistyminen &amp;valmentajallesi…</translation>
    </message>
    <message>
        <source>Import &amp;feedback from your coach…</source>
        <translation>Tuo &amp;palaute valmentajaltasi…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Grow your own expert voice on social media, with a coach.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}, on this computer only.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OwnVoice {version}&lt;/h3&gt;&lt;p&gt;Kasvata omaa asiantuntijaääntäsi somessa valmentajan tuella.&lt;/p&gt;&lt;p&gt;Tietosi ovat kansiossa {folder}, vain tällä tietokoneella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About OwnVoice</source>
        <translation>Tietoja OwnVoicesta</translation>
    </message>
    <message>
        <source>Show the recognition feed</source>
        <translation>Näytä tunnustukset</translation>
    </message>
</context>
<context>
    <name>MilestoneBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>MovesList</name>
    <message>
        <source>Moves on the ladder</source>
        <translation>Siirtymät tikkailla</translation>
    </message>
    <message>
        <source>{week}: {before} → {after}</source>
        <translation>{week}: {before} → {after}</translation>
    </message>
    <message>
        <source>A step up</source>
        <translation>Askel ylöspäin</translation>
    </message>
    <message>
        <source>A quieter spell: a step down</source>
        <translation>Hiljaisempi jakso: askel alaspäin</translation>
    </message>
</context>
<context>
    <name>NetworkPicker</name>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Osa {number}/{count}</translation>
    </message>
</context>
<context>
    <name>OnboardingWords</name>
    <message>
        <source>You start as a {stage}. Every step up the ladder comes from small, regular actions, and OwnVoice will suggest the next one.</source>
        <translation>Aloitat vaiheesta {stage}. Jokainen askel ylöspäin tikkailla syntyy pienistä, säännöllisistä teoista, ja OwnVoice ehdottaa sinulle seuraavaa.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>Miten meni?</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktiot</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Jaot</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Uudet kontaktit</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Tavat</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Luonnokset</translation>
    </message>
    <message>
        <source>Your voice</source>
        <translation>Oma äänesi</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Welcome to OwnVoice</source>
        <translation>Tervetuloa OwnVoiceen</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aloitus</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Recognition</source>
        <translation>Tunnustus</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Harjoitus</translation>
    </message>
    <message>
        <source>Goal proposed</source>
        <translation>Tavoite-ehdotus</translation>
    </message>
    <message>
        <source>Comment on a draft</source>
        <translation>Luonnoksen kommentti</translation>
    </message>
    <message>
        <source>Asked to share a post</source>
        <translation>Pyyntö jakaa julkaisu</translation>
    </message>
    <message>
        <source>Exercise, due {day}</source>
        <translation>Harjoitus, määräpäivä {day}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ei vielä lähetetty</translation>
    </message>
    <message>
        <source>agreed with you</source>
        <translation>sovittu kanssasi</translation>
    </message>
    <message>
        <source>← Back to the cohort</source>
        <translation>← Takaisin ryhmään</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Viikko viikolta</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>Tavat</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Harjoitukset</translation>
    </message>
    <message>
        <source>Drafts waiting for your comments</source>
        <translation>Kommenttejasi odottavat luonnokset</translation>
    </message>
    <message>
        <source>Share with the group</source>
        <translation>Jaa ryhmälle</translation>
    </message>
    <message>
        <source>Journal entries and posts shared with you</source>
        <translation>Sinulle jaetut päiväkirjamerkinnät ja julkaisut</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Yhdessä</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <source>Streak (best)</source>
        <translation>Putki (paras)</translation>
    </message>
    <message>
        <source>Done in 30 days</source>
        <translation>Tehty 30 päivässä</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Omat muistiinpanosi</translation>
    </message>
    <message>
        <source>Private to you: never in any file.</source>
        <translation>Vain sinulle: ei koskaan missään tiedostossa.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Uusi muistiinpano</translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation>Muistiinpano itsellesi</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Poista muistiinpano</translation>
    </message>
    <message>
        <source>Feedback and recognition</source>
        <translation>Palaute ja tunnustus</translation>
    </message>
    <message>
        <source>Saved as a feedback file that you send to this person; recognition lands in their recognition feed.</source>
        <translation>Tallennetaan palautetiedostoksi, jonka lähetät tälle henkilölle; tunnustus näkyy hänen tunnustuksissaan.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Laji:</translation>
    </message>
    <message>
        <source>Feedback text</source>
        <translation>Palautteen teksti</translation>
    </message>
    <message>
        <source>What you noticed, in your own words</source>
        <translation>Mitä huomasit, omin sanoin</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>Save a feedback file…</source>
        <translation>Tallenna palautetiedosto…</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Aktiivisuus viikoittain</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Keskustelusuhde</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>Stage now: {now}. At the start: {start}. Highest: {highest}.</source>
        <translation>Vaihe nyt: {now}. Alussa: {start}. Korkein: {highest}.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ei vielä mitään</translation>
    </message>
    <message>
        <source>Last public action: {last}. File made on {made}.</source>
        <translation>Viimeisin julkinen toimi: {last}. Tiedosto tehty {made}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan this post</source>
        <translation>Suunnittele julkaisu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Planned posts. Days with a plan are in bold; export to see them in your calendar (exporting again updates the same events).</source>
        <translation>Suunnitellut julkaisut. Päivät, joille on suunniteltu julkaisu, on lihavoitu. Vie ne kalenteriisi, niin näet ne siellä (uusi vienti päivittää samat tapahtumat).</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>Vie kalenteriin (.ics)…</translation>
    </message>
    <message>
        <source>Planned posts</source>
        <translation>Suunnitellut julkaisut</translation>
    </message>
    <message>
        <source>Calendar of planned posts</source>
        <translation>Suunniteltujen julkaisujen kalenteri</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Seuraava kuukausi</translation>
    </message>
</context>
<context>
    <name>PlannedPostsCard</name>
    <message>
        <source>Planned this week</source>
        <translation>Suunniteltu tälle viikolle</translation>
    </message>
    <message>
        <source>Nothing is planned for this week.</source>
        <translation>Tälle viikolle ei ole suunniteltu mitään.</translation>
    </message>
    <message>
        <source>Open Drafts</source>
        <translation>Avaa Luonnokset</translation>
    </message>
    <message>
        <source>Untitled draft</source>
        <translation>Nimetön luonnos</translation>
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
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Tietokone</translation>
    </message>
    <message>
        <source>The link&apos;s preview shows here: its picture and title.</source>
        <translation>Tähän tulee linkin esikatselu: sen kuva ja otsikko.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>How the %1 feed shows this post:</source>
        <translation>Näin %1-syöte näyttää julkaisun:</translation>
    </message>
    <message>
        <source>now · %1</source>
        <translation>nyt · %1</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(ei vielä tekstiä)</translation>
    </message>
    <message>
        <source>…see more</source>
        <translation>…näytä lisää</translation>
    </message>
    <message>
        <source>Readers see this much before “…see more”: make the opening line count.</source>
        <translation>Lukijat näkevät tämän verran ennen ”…näytä lisää” -linkkiä: tee avausrivistä hyvä.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters past the limit are left out.</source>
        <translation>
            <numerusform>%Ln merkki rajan yli jää pois.</numerusform>
            <numerusform>%Ln merkkiä rajan yli jää pois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes %2 characters: shorten the text, or it cannot be posted.</source>
        <translation>%1 sallii %2 merkkiä: lyhennä tekstiä, muuten sitä ei voi julkaista.</translation>
    </message>
    <message>
        <source>The whole post shows in the feed.</source>
        <translation>Koko julkaisu näkyy syötteessä.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Aikaväli:</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Activity per week</source>
        <translation>Aktiivisuus viikoittain</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Keskustelusuhde</translation>
    </message>
    <message>
        <source>Your stage on the ladder</source>
        <translation>Vaiheesi tikkailla</translation>
    </message>
    <message>
        <source>Habit strength</source>
        <translation>Tapojen vahvuus</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Conversation ratio per week</source>
        <translation>Keskustelusuhde viikoittain</translation>
    </message>
    <message>
        <source>Habit strength per week</source>
        <translation>Tapojen vahvuus viikoittain</translation>
    </message>
    <message>
        <source>No habits yet. Add one on the Habits page.</source>
        <translation>Ei vielä tapoja. Lisää tapa Tavat-sivulla.</translation>
    </message>
    <message>
        <source>Each goal&apos;s progress against its target line (dashed).</source>
        <translation>Kunkin tavoitteen edistyminen tavoiteviivaan (katkoviiva) verrattuna.</translation>
    </message>
    <message>
        <source>No goals in this range. Set one on the Journey page.</source>
        <translation>Tällä aikavälillä ei ole tavoitteita. Aseta tavoite Polku-sivulla.</translation>
    </message>
    <message>
        <source>{ratio} comments and replies per own post in this range ({conversation} comments and replies, {posts} own posts).</source>
        <translation>{ratio} kommenttia ja vastausta omaa julkaisua kohden tällä aikavälillä ({conversation} kommenttia ja vastausta, {posts} omaa julkaisua).</translation>
    </message>
    <message>
        <source>{conversation} comments and replies, no own posts yet in this range.</source>
        <translation>{conversation} kommenttia ja vastausta, ei vielä omia julkaisuja tällä aikavälillä.</translation>
    </message>
    <message>
        <source>No comments, replies or own posts in this range yet.</source>
        <translation>Tällä aikavälillä ei ole vielä kommentteja, vastauksia eikä omia julkaisuja.</translation>
    </message>
    <message>
        <source>Your stage history begins with the first thing you log.</source>
        <translation>Vaiheidesi historia alkaa ensimmäisestä kirjauksestasi.</translation>
    </message>
    <message>
        <source>You started as {stage} in the week of {day}.</source>
        <translation>Aloitit vaiheesta {stage} viikolla, joka alkoi {day}.</translation>
    </message>
    <message>
        <source>Choose a longer range to see your start.</source>
        <translation>Valitse pidempi aikaväli nähdäksesi alkusi.</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Activity per week</source>
        <translation>Aktiivisuus viikoittain</translation>
    </message>
    <message>
        <source>Conversation ratio per week</source>
        <translation>Keskustelusuhde viikoittain</translation>
    </message>
    <message>
        <source>Habit strength per week</source>
        <translation>Tapojen vahvuus viikoittain</translation>
    </message>
    <message>
        <source>Progress report: {name}</source>
        <translation>Edistymisraportti: {name}</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Edistymisraportti</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first}–{last}</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>Lukuina</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Counted in whole weeks: {first} to {last}.</source>
        <translation>Laskettu kokonaisina viikkoina: {first}–{last}.</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Viikot</translation>
    </message>
    <message>
        <source>Comments and replies per own post</source>
        <translation>Kommentit ja vastaukset omaa julkaisua kohden</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>No insights for this period: they need a few weeks of activity and posts with their comments entered.</source>
        <translation>Tälle jaksolle ei ole havaintoja: ne tarvitsevat muutaman viikon aktiivisuutta ja julkaisuja, joiden kommentit on kirjattu.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Kaavio: {title}</translation>
    </message>
    <message>
        <source>No numbers in this period.</source>
        <translation>Tällä jaksolla ei ole lukuja.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sivu {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>ProgressWords</name>
    <message>
        <source>Comments and replies per own post</source>
        <translation>Kommentit ja vastaukset omaa julkaisua kohden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <source>Target line</source>
        <translation>Tavoiteviiva</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Viimeiset 4 viikkoa</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Viimeinen neljännes</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Viimeinen vuosi</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko ajalta</translation>
    </message>
    <message>
        <source>Own posts</source>
        <translation>Omat julkaisut</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Vastaukset</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Jaot</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktiot</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>Finnish</source>
        <comment>posts in this language</comment>
        <translation>suomenkieliset</translation>
    </message>
    <message>
        <source>Swedish</source>
        <comment>posts in this language</comment>
        <translation>ruotsinkieliset</translation>
    </message>
    <message>
        <source>English</source>
        <comment>posts in this language</comment>
        <translation>englanninkieliset</translation>
    </message>
    <message>
        <source>short posts</source>
        <translation>lyhyet julkaisusi</translation>
    </message>
    <message>
        <source>medium-length posts</source>
        <translation>keskipitkät julkaisusi</translation>
    </message>
    <message>
        <source>long posts</source>
        <translation>pitkät julkaisusi</translation>
    </message>
    <message>
        <source>posts that open with a question</source>
        <translation>kysymyksellä alkavat julkaisusi</translation>
    </message>
    <message>
        <source>posts that open with an exclamation</source>
        <translation>huudahduksella alkavat julkaisusi</translation>
    </message>
    <message>
        <source>posts that open with a number</source>
        <translation>luvulla alkavat julkaisusi</translation>
    </message>
    <message>
        <source>posts that open with a statement</source>
        <translation>toteamuksella alkavat julkaisusi</translation>
    </message>
    <message>
        <source>posts about “{topic}”</source>
        <translation>julkaisusi aiheesta ”{topic}”</translation>
    </message>
    <message>
        <source>Posts that end with a question got {times}× the comments of your other posts ({value} against {versus} per post, {n} and {versus_n} posts).</source>
        <translation>Kysymykseen päättyvät julkaisusi saivat {times}-kertaisesti kommentteja muihin julkaisuihisi verrattuna ({value} vs. {versus} julkaisua kohden; {n} ja {versus_n} julkaisua).</translation>
    </message>
    <message>
        <source>Your {group} got {times}× the comments of your other posts ({value} against {versus} per post, {n} and {versus_n} posts).</source>
        <translation>{group} saivat {times}-kertaisesti kommentteja muihin julkaisuihisi verrattuna ({value} vs. {versus} julkaisua kohden; {n} ja {versus_n} julkaisua).</translation>
    </message>
    <message>
        <source>Your busiest day for comments is {day}: {n} of your {total} comments.</source>
        <translation>Kommentoit eniten päivänä {day}: {n} kommenttiasi {total} kommentista.</translation>
    </message>
    <message>
        <source>Your {language} posts are longer than your {other} ones: {value} against {versus} characters on average.</source>
        <translation>{language} julkaisusi ovat pidempiä kuin {other}: keskimäärin {value} merkkiä, kun taas muut {versus}.</translation>
    </message>
    <message>
        <source>Your conversation grew: {value} comments and replies per own post lately, against {versus} earlier in this range.</source>
        <translation>Keskustelusi on kasvanut: viime aikoina {value} kommenttia ja vastausta omaa julkaisua kohden, aiemmin tällä aikavälillä {versus}.</translation>
    </message>
    <message>
        <source>Insights appear here once there is enough data: a few weeks of activity and posts with their comments entered.</source>
        <translation>Havainnot ilmestyvät tänne, kun tietoa on tarpeeksi: muutaman viikon aktiivisuus ja julkaisuja, joiden kommentit on kirjattu.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Mark as published</source>
        <translation>Merkitse julkaistuksi</translation>
    </message>
    <message>
        <source>OwnVoice never posts for you. Once you have posted it, note it here.</source>
        <translation>OwnVoice ei koskaan julkaise puolestasi. Kun olet julkaissut tekstin, merkitse se tähän.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
</context>
<context>
    <name>QuickLogCard</name>
    <message>
        <source>Log what you did</source>
        <translation>Kirjaa, mitä teit</translation>
    </message>
    <message>
        <source>Did something in public? Note it here; Enter logs it.</source>
        <translation>Teitkö jotain julkisesti? Merkitse se tähän ja kirjaa Enterillä.</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Mitä:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>Mi&amp;ssä:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Mill&amp;oin:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Linkki:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Muistii&amp;npano:</translation>
    </message>
    <message>
        <source>Optional: https://…</source>
        <translation>Vapaaehtoinen: https://…</translation>
    </message>
    <message>
        <source>Optional: a word to remember it by</source>
        <translation>Vapaaehtoinen: sana, josta muistat sen</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>Take the last log back (Ctrl+Z)</source>
        <translation>Peru viimeisin kirjaus (Ctrl+Z)</translation>
    </message>
    <message>
        <source>A link starts with https:// or http://.</source>
        <translation>Linkin alussa on https:// tai http://.</translation>
    </message>
    <message>
        <source>Removed the last logged action.</source>
        <translation>Viimeisin kirjaus poistettiin.</translation>
    </message>
    <message>
        <source>Logged: {kind}, {channel}, {day}.</source>
        <translation>Kirjattu: {kind}, {channel}, {day}.</translation>
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
        <translation>Olet noussut uuteen vaiheeseen: {stage}.</translation>
    </message>
    <message>
        <source>You did what you set out to do.</source>
        <translation>Teit sen, minkä päätit.</translation>
    </message>
    <message>
        <source>You did what you set out to do: {goal}</source>
        <translation>Teit sen, minkä päätit: {goal}</translation>
    </message>
    <message>
        <source>Every conversation starts with someone who speaks up.</source>
        <translation>Jokainen keskustelu alkaa siitä, että joku uskaltaa sanoa jotain.</translation>
    </message>
    <message>
        <source>Your own voice, out in public.</source>
        <translation>Oma äänesi, julkisesti kuuluvilla.</translation>
    </message>
    <message>
        <source>This is how conversations grow.</source>
        <translation>Näin keskustelut kasvavat.</translation>
    </message>
    <message>
        <source>That is a rhythm, not a burst.</source>
        <translation>Tämä on jo rytmi, ei hetken innostus.</translation>
    </message>
</context>
<context>
    <name>RecognitionCard</name>
    <message>
        <source>Recognition</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Milestones show up here: your first comment, your first own post, four weeks in a row. The first one may be a single comment away.</source>
        <translation>Virstanpylväät näkyvät täällä: ensimmäinen kommenttisi, ensimmäinen oma julkaisusi, neljä viikkoa putkeen. Ensimmäiseen voi olla enää yksi kommentti.</translation>
    </message>
</context>
<context>
    <name>RecognitionFeed</name>
    <message>
        <source>Recognition</source>
        <translation>Tunnustukset</translation>
    </message>
    <message>
        <source>Nothing here yet. Milestones appear here by themselves: your first comment on someone else&apos;s post, your first own post, four active weeks in a row, each step up the ladder. Recognition from your coach lands here too, when you import their feedback file. The first one may be a single comment away.</source>
        <translation>Täällä ei ole vielä mitään. Virstanpylväät ilmestyvät tänne itsestään: ensimmäinen kommenttisi toisen julkaisuun, ensimmäinen oma julkaisusi, neljä aktiivista viikkoa putkeen ja jokainen askel ylöspäin tikkailla. Myös valmentajasi tunnustukset tulevat tänne, kun tuot hänen palautetiedostonsa. Ensimmäiseen voi olla enää yksi kommentti.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message numerus="yes">
        <source>Time for %Ln habits</source>
        <translation>
            <numerusform>Aika tavallesi</numerusform>
            <numerusform>Aika %Ln tavallesi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>While you were away</source>
        <translation>Poissaolosi aikana</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Torkku</translation>
    </message>
    <message>
        <source>Open OwnVoice</source>
        <translation>Avaa OwnVoice</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Done: {names}</source>
        <translation>Tehty: {names}</translation>
    </message>
    <message>
        <source>Snooze reminders</source>
        <translation>Torkuta muistutukset</translation>
    </message>
    <message>
        <source>Could not change starting at login: {reason}</source>
        <translation>Käynnistystä kirjautumisen yhteydessä ei voitu muuttaa: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Next review</source>
        <translation>Seuraava katsaus</translation>
    </message>
    <message>
        <source>Time to look back: a few lines on how it goes help you choose what next.</source>
        <translation>Aika katsoa taaksepäin: muutama rivi siitä, miten on mennyt, auttaa valitsemaan seuraavan askeleen.</translation>
    </message>
    <message>
        <source>Next review on {day}: {goal}</source>
        <translation>Seuraava katsaus {day}: {goal}</translation>
    </message>
    <message>
        <source>Once you have a goal, you will be asked now and then how it goes: a few lines, kept in your journal.</source>
        <translation>Kun sinulla on tavoite, sinulta kysytään aina välillä, miten se etenee: muutama rivi, joka tallentuu päiväkirjaasi.</translation>
    </message>
    <message>
        <source>Review now</source>
        <translation>Tee katsaus nyt</translation>
    </message>
    <message>
        <source>Review now: {goal}</source>
        <translation>Tee katsaus nyt: {goal}</translation>
    </message>
</context>
<context>
    <name>ServerFolderButton</name>
    <message>
        <source>The server cannot be reached now; showing the copy on this computer.</source>
        <translation>Palvelimeen ei saada nyt yhteyttä; näytetään tällä tietokoneella oleva kopio.</translation>
    </message>
    <message>
        <source>Showing the copy on this computer. {problem}</source>
        <translation>Näytetään tällä tietokoneella oleva kopio. {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new or changed files fetched from the server.</source>
        <translation>
            <numerusform>Palvelimelta haettiin %Ln uusi tai muuttunut tiedosto.</numerusform>
            <numerusform>Palvelimelta haettiin %Ln uutta tai muuttunutta tiedostoa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of the server folder could not be saved: {reason}</source>
        <translation>Palvelinkansion kopiota ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>Open the server folder</source>
        <translation>Avaa palvelinkansio</translation>
    </message>
    <message>
        <source>The coach-sync folder set in Settings, read through a copy on this computer</source>
        <translation>Asetuksissa määritetty valmentajasynkronoinnin kansio, luettuna tällä tietokoneella olevan kopion kautta</translation>
    </message>
</context>
<context>
    <name>SessionsCard</name>
    <message>
        <source>{weekday} {day}, {start}–{end}</source>
        <translation>{weekday} {day} klo {start}–{end}</translation>
    </message>
    <message>
        <source>Group sessions</source>
        <translation>Ryhmätapaamiset</translation>
    </message>
    <message>
        <source>with {coach}</source>
        <translation>vetäjänä {coach}</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Lisää kalenteriin…</translation>
    </message>
    <message>
        <source>Add to calendar: {topic}</source>
        <translation>Lisää kalenteriin: {topic}</translation>
    </message>
    <message>
        <source>Save the session for your calendar</source>
        <translation>Tallenna tapaaminen kalenteriasi varten</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Tiedostoa ei voitu tallentaa: {reason}</translation>
    </message>
    <message>
        <source>Saved {file}: open it to add the session to your calendar.</source>
        <translation>{file} tallennettiin: avaa se, niin tapaaminen lisätään kalenteriisi.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>A session you plan goes to everyone with your next group file (Group file…) and shows on their Today page, where they can add it to their calendar.</source>
        <translation>Suunnittelemasi tapaaminen lähtee kaikille seuraavan ryhmätiedostosi mukana (Ryhmätiedosto…) ja näkyy heidän Tänään-sivullaan, josta sen voi lisätä kalenteriin.</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Tapaamiset:</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Poista tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Päivä:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>A&amp;lkaa klo:</translation>
    </message>
    <message>
        <source>&amp;Length (minutes):</source>
        <translation>&amp;Kesto (minuuttia):</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Aihe:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ohjelma:</translation>
    </message>
    <message>
        <source>A few lines: what you will do together</source>
        <translation>Muutama rivi siitä, mitä teette yhdessä</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>Suunnittele tapaaminen</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>K&amp;etkä osallistuivat</translation>
    </message>
    <message>
        <source>Private to you: never in any file.</source>
        <translation>Vain sinulle: ei koskaan missään tiedostossa.</translation>
    </message>
    <message numerus="yes">
        <source>Assign an exercise to those who took part (%Ln)…</source>
        <translation>
            <numerusform>Anna harjoitus osallistuneille (%Ln)…</numerusform>
            <numerusform>Anna harjoitus osallistuneille (%Ln)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>General</source>
        <translation>Yleiset</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language of menus, lessons and writing checks.</source>
        <translation>Valikkojen, oppituntien ja kirjoitustarkistusten kieli.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Sama kuin järjestelmässä</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>Habits &amp; reminders</source>
        <translation>Tavat ja muistutukset</translation>
    </message>
    <message>
        <source>Keep running in the system tray</source>
        <translation>Pidä käynnissä ilmaisinalueella</translation>
    </message>
    <message>
        <source>Closing the window keeps OwnVoice in the system tray, so that habit reminders can appear at their time.</source>
        <translation>Kun suljet ikkunan, OwnVoice jää ilmaisinalueelle, jotta tapojen muistutukset voivat näkyä ajallaan.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Käynnistä kirjautuessa</translation>
    </message>
    <message>
        <source>Start OwnVoice when you log in to this computer, for the reminders.</source>
        <translation>Käynnistä OwnVoice, kun kirjaudut tälle tietokoneelle, jotta muistutukset toimivat.</translation>
    </message>
    <message>
        <source>Snooze a reminder for (minutes)</source>
        <translation>Muistutuksen torkkuaika (minuuttia)</translation>
    </message>
    <message>
        <source>Writing checks</source>
        <translation>Kirjoitustarkistukset</translation>
    </message>
    <message>
        <source>Words to keep out of posts</source>
        <translation>Sanat, jotka eivät kuulu julkaisuihin</translation>
    </message>
    <message>
        <source>Unannounced projects, customers and other names that must not go public; separate them with commas. Drafts that mention one are flagged.</source>
        <translation>Julkistamattomat projektit, asiakkaat ja muut nimet, jotka eivät saa tulla julki; erota ne pilkuilla. Luonnoksista, joissa jokin niistä mainitaan, tulee huomautus.</translation>
    </message>
    <message>
        <source>Your employer</source>
        <translation>Työnantajasi</translation>
    </message>
    <message>
        <source>When a draft is about your employer&apos;s business but does not name your employer, you are reminded to say who you work for.</source>
        <translation>Kun luonnos käsittelee työnantajasi liiketoimintaa mutta ei mainitse työnantajaasi, sinua muistutetaan kertomaan, kenellä olet töissä.</translation>
    </message>
    <message>
        <source>Your employer&apos;s business</source>
        <translation>Työnantajasi liiketoiminta</translation>
    </message>
    <message>
        <source>Products, services and other words for it; separate them with commas.</source>
        <translation>Tuotteet, palvelut ja muut siihen liittyvät sanat; erota ne pilkuilla.</translation>
    </message>
    <message>
        <source>Your Mastodon server</source>
        <translation>Mastodon-palvelimesi</translation>
    </message>
    <message>
        <source>For example mastodon.social; drafts then open in your server&apos;s editor.</source>
        <translation>Esimerkiksi mastodon.social; luonnokset avautuvat silloin palvelimesi muokkaimeen.</translation>
    </message>
    <message>
        <source>Writing assistant</source>
        <translation>Kirjoitusavustaja</translation>
    </message>
    <message>
        <source>Use a writing assistant</source>
        <translation>Käytä kirjoitusavustajaa</translation>
    </message>
    <message>
        <source>A language model on this computer or your company&apos;s server suggests openers, tighter wording and translations in your voice. Nothing is sent until you ask.</source>
        <translation>Tämän tietokoneen tai yrityksesi palvelimen kielimalli ehdottaa aloituksia, tiiviimpiä muotoiluja ja käännöksiä omalla äänelläsi. Mitään ei lähetetä ennen kuin pyydät.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>Ollama on this computer</source>
        <translation>Ollama tällä tietokoneella</translation>
    </message>
    <message>
        <source>llama.cpp server on this computer</source>
        <translation>llama.cpp-palvelin tällä tietokoneella</translation>
    </message>
    <message>
        <source>LM Studio on this computer</source>
        <translation>LM Studio tällä tietokoneella</translation>
    </message>
    <message>
        <source>Another address (company server)</source>
        <translation>Muu osoite (yrityksen palvelin)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Palvelimen osoite</translation>
    </message>
    <message>
        <source>The address of an OpenAI-compatible API, such as https://llm.example.com/v1.</source>
        <translation>OpenAI-yhteensopivan rajapinnan osoite, esimerkiksi https://llm.example.com/v1.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Coach sync</source>
        <translation>Valmentajasynkronointi</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>Paikan tyyppi</translation>
    </message>
    <message>
        <source>A shared folder (WebDAV)</source>
        <translation>Jaettu kansio (WebDAV)</translation>
    </message>
    <message>
        <source>A file drop link (upload only)</source>
        <translation>Tiedostojen pudotuslinkki (vain lähetys)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjänimi</translation>
    </message>
    <message>
        <source>Company certificate file</source>
        <translation>Yrityksen varmennetiedosto</translation>
    </message>
    <message>
        <source>Coach sync password</source>
        <translation>Valmentajasynkronoinnin salasana</translation>
    </message>
</context>
<context>
    <name>SharePanel</name>
    <message>
        <source>not sent yet</source>
        <translation>ei vielä lähetetty</translation>
    </message>
    <message>
        <source>waiting for their answer</source>
        <translation>odottaa vastausta</translation>
    </message>
    <message>
        <source>yes, with their name</source>
        <translation>kyllä, nimellä</translation>
    </message>
    <message>
        <source>yes, without their name</source>
        <translation>kyllä, ilman nimeä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>lupa peruttu</translation>
    </message>
    <message>
        <source>Ask to share one of their posts with the group, with a line on why it works. They see exactly this text and decide whether their name goes with it; they can take a yes back at any time.</source>
        <translation>Pyydä lupaa jakaa yksi hänen julkaisuistaan ryhmälle ja kerro yhdellä rivillä, miksi se toimii. Hän näkee juuri tämän tekstin ja päättää, näkyykö hänen nimensä; luvan voi perua milloin tahansa.</translation>
    </message>
    <message>
        <source>Requests to share</source>
        <translation>Jakopyynnöt</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Pohjaksi:</translation>
    </message>
    <message>
        <source>The &amp;post:</source>
        <translation>&amp;Julkaisu:</translation>
    </message>
    <message>
        <source>&amp;Why it works:</source>
        <translation>&amp;Miksi se toimii:</translation>
    </message>
    <message>
        <source>Paste or write the text</source>
        <translation>Liitä tai kirjoita teksti</translation>
    </message>
    <message>
        <source>What makes it work, in one line</source>
        <translation>Mikä siinä toimii, yhdellä rivillä</translation>
    </message>
    <message>
        <source>Ask to share</source>
        <translation>Pyydä lupaa jakaa</translation>
    </message>
</context>
<context>
    <name>SpellingMarks</name>
    <message>
        <source>No suggestions</source>
        <translation>Ei ehdotuksia</translation>
    </message>
    <message>
        <source>Add “%1” to my words</source>
        <translation>Lisää ”%1” omiin sanoihini</translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation>Etsitään ehdotuksia…</translation>
    </message>
    <message>
        <source>Ignore in this draft</source>
        <translation>Ohita tässä luonnoksessa</translation>
    </message>
</context>
<context>
    <name>SpellingNotice</name>
    <message>
        <source>Finnish</source>
        <translation>suomen</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsin</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englannin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the note about spelling</source>
        <translation>Sulje oikolukua koskeva huomautus</translation>
    </message>
    <message>
        <source>Spelling for %1 is not installed on this computer, so misspelt words are not underlined. To add it on Debian or Ubuntu: sudo apt-get install %2, then start OwnVoice again.</source>
        <translation>Tälle tietokoneelle ei ole asennettu %1 oikolukua, joten kirjoitusvirheitä ei alleviivata. Debianissa tai Ubuntussa saat sen komennolla sudo apt-get install %2. Käynnistä sitten OwnVoice uudelleen.</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Use this</source>
        <translation>Käytä tätä</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Replace the draft&apos;s text with this suggestion</source>
        <translation>Korvaa luonnoksen teksti tällä ehdotuksella</translation>
    </message>
    <message>
        <source>Insert this at the cursor in your draft</source>
        <translation>Lisää tämä luonnokseen kohdistimen kohdalle</translation>
    </message>
    <message>
        <source>Checking against your voice…</source>
        <translation>Verrataan omaan ääneesi…</translation>
    </message>
    <message>
        <source>The voice check has nothing to flag.</source>
        <translation>Äänitarkistus ei löytänyt huomautettavaa.</translation>
    </message>
    <message>
        <source>Voice check:</source>
        <translation>Äänitarkistus:</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>From the stage at the start (rows) to the stage now (columns):</source>
        <translation>Vaihe alussa (rivit) ja vaihe nyt (sarakkeet):</translation>
    </message>
    <message>
        <source>Public actions of the whole cohort, by month:</source>
        <translation>Koko ryhmän julkiset toimet kuukausittain:</translation>
    </message>
    <message>
        <source>Save as a web page…</source>
        <translation>Tallenna verkkosivuna…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Tallenna CSV-tiedostona…</translation>
    </message>
    <message>
        <source>Stage at the start and now</source>
        <translation>Vaihe alussa ja nyt</translation>
    </message>
    <message>
        <source>Public actions by month</source>
        <translation>Julkiset toimet kuukausittain</translation>
    </message>
    <message>
        <source>Open a folder of progress files to see the cohort.</source>
        <translation>Avaa edistymistiedostojen kansio nähdäksesi ryhmän.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people coached</source>
        <translation>
            <numerusform>%Ln valmennettu</numerusform>
            <numerusform>%Ln valmennettua</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved up: {up}. Stayed: {same}. Moved down: {down}.</source>
        <translation>Nousi: {up}. Pysyi: {same}. Laski: {down}.</translation>
    </message>
    <message>
        <source>Not surveyed</source>
        <translation>Ei kyselyä</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toimet</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>Found {posts}, {comments} and {replies}.</source>
        <translation>Löytyi {posts}, {comments} ja {replies}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln posts</source>
        <translation>
            <numerusform>%Ln julkaisu</numerusform>
            <numerusform>%Ln julkaisua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments</source>
        <translation>
            <numerusform>%Ln kommentti</numerusform>
            <numerusform>%Ln kommenttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replies</source>
        <translation>
            <numerusform>%Ln vastaus</numerusform>
            <numerusform>%Ln vastausta</numerusform>
        </translation>
    </message>
    <message>
        <source>Also {shares} and {reactions}, for your activity log.</source>
        <translation>Lisäksi {shares} ja {reactions}; ne tallennetaan kirjaamiesi tekojen joukkoon.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reposts</source>
        <translation>
            <numerusform>%Ln jako</numerusform>
            <numerusform>%Ln jakoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reactions</source>
        <translation>
            <numerusform>%Ln reaktio</numerusform>
            <numerusform>%Ln reaktiota</numerusform>
        </translation>
    </message>
    <message>
        <source>New: {texts} in your corpus and {activities} in your activity log.</source>
        <translation>Uutta: {texts} tekstikokoelmaasi ja {activities} kirjattuihin tekoihisi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln teksti</numerusform>
            <numerusform>%Ln tekstiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln merkintä</numerusform>
            <numerusform>%Ln merkintää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyResult</name>
    <message>
        <source>Your starting point</source>
        <translation>Lähtökohtasi</translation>
    </message>
    <message>
        <source>The ladder, from listening to leading by example:</source>
        <translation>Tikkaat kuuntelijasta esikuvaksi:</translation>
    </message>
    <message>
        <source>From here on, your stage follows what you log, not what you answered. Next, find out what&apos;s in it for you.</source>
        <translation>Tästä eteenpäin vaiheesi määräytyy sen mukaan, mitä kirjaat, ei sen mukaan, mitä vastasit. Seuraavaksi katsotaan, mitä hyötyä tästä on juuri sinulle.</translation>
    </message>
</context>
<context>
    <name>SurveyStep</name>
    <message>
        <source>Survey the ground</source>
        <translation>Kartoita tilanteesi</translation>
    </message>
    <message>
        <source>Where are you today? There are no right answers: this only sets your starting point, and what you actually do from now on moves you along.</source>
        <translation>Missä olet nyt? Oikeita vastauksia ei ole: tämä vain asettaa lähtökohtasi, ja eteenpäin sinua vie se, mitä tästä lähtien oikeasti teet.</translation>
    </message>
    <message>
        <source>Which channels do you use, even just for reading?</source>
        <translation>Mitä kanavia käytät, vaikka vain lukemiseen?</translation>
    </message>
    <message>
        <source>Pick a channel to say how often you read, react, comment and post there.</source>
        <translation>Valitse kanava, niin voit kertoa, kuinka usein luet, reagoit, kommentoit ja julkaiset siellä.</translation>
    </message>
    <message>
        <source>How confident do you feel about writing in public, from 1 to 5?</source>
        <translation>Kuinka varma olet kirjoittaessasi julkisesti, asteikolla 1–5?</translation>
    </message>
    <message>
        <source>1 = not at all</source>
        <translation>1 = en lainkaan</translation>
    </message>
    <message>
        <source>5 = very</source>
        <translation>5 = hyvin varma</translation>
    </message>
    <message>
        <source>Confidence {value} of 5</source>
        <translation>Varmuus {value}/5</translation>
    </message>
    <message>
        <source>How many hours a week can you give to this?</source>
        <translation>Montako tuntia viikossa voit käyttää tähän?</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Tunteja viikossa</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Do you know your employer&apos;s social-media guidelines?</source>
        <translation>Tunnetko työnantajasi someohjeet?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>En ole varma</translation>
    </message>
    <message>
        <source>What holds you back? Pick any that fit.</source>
        <translation>Mikä sinua jarruttaa? Valitse kaikki, jotka sopivat.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Coach sync is not set up.</source>
        <translation>Valmentajasynkronointia ei ole otettu käyttöön.</translation>
    </message>
    <message>
        <source>The address is not a web address such as https://cloud.example.com/…</source>
        <translation>Osoite ei ole verkko-osoite, kuten https://cloud.example.com/…</translation>
    </message>
    <message>
        <source>The address must start with https:// so that nobody can read along.</source>
        <translation>Osoitteen pitää alkaa https://, jotta kukaan ei voi lukea mukana.</translation>
    </message>
    <message>
        <source>The password is needed for coach sync.</source>
        <translation>Valmentajasynkronointi tarvitsee salasanan.</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password.</source>
        <translation>Palvelin ei hyväksynyt käyttäjänimeä tai salasanaa.</translation>
    </message>
    <message>
        <source>The server does not allow this account to write to the folder.</source>
        <translation>Palvelin ei anna tämän tilin kirjoittaa kansioon.</translation>
    </message>
    <message>
        <source>The folder was not found on the server.</source>
        <translation>Kansiota ei löytynyt palvelimelta.</translation>
    </message>
    <message>
        <source>The address answers, but it is not a WebDAV folder.</source>
        <translation>Osoite vastaa, mutta se ei ole WebDAV-kansio.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be trusted. Ask your IT for the company certificate file and choose it below.</source>
        <translation>Palvelimen varmenteeseen ei voitu luottaa. Pyydä IT-tuelta yrityksen varmennetiedosto ja valitse se alta.</translation>
    </message>
    <message>
        <source>The certificate file cannot be read.</source>
        <translation>Varmennetiedostoa ei voi lukea.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; files wait and go later.</source>
        <translation>Palvelimeen ei saada nyt yhteyttä; tiedostot odottavat ja lähtevät myöhemmin.</translation>
    </message>
    <message>
        <source>The server is answering too slowly; files wait and go later.</source>
        <translation>Palvelin vastaa liian hitaasti; tiedostot odottavat ja lähtevät myöhemmin.</translation>
    </message>
    <message>
        <source>The server had a problem; files wait and go later.</source>
        <translation>Palvelimella oli ongelma; tiedostot odottavat ja lähtevät myöhemmin.</translation>
    </message>
    <message>
        <source>The server has no room left; files wait until there is some.</source>
        <translation>Palvelimella ei ole enää tilaa; tiedostot odottavat, kunnes tilaa vapautuu.</translation>
    </message>
    <message>
        <source>A different file with the same name is already on the server; it was kept.</source>
        <translation>Palvelimella on jo samanniminen mutta eri tiedosto; se jätettiin ennalleen.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>Sent %Ln files to your coach.</source>
        <translation>
            <numerusform>Lähetettiin %Ln tiedosto valmentajallesi.</numerusform>
            <numerusform>Lähetettiin %Ln tiedostoa valmentajallesi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new messages from your coach.</source>
        <translation>
            <numerusform>%Ln uusi viesti valmentajaltasi.</numerusform>
            <numerusform>%Ln uutta viestiä valmentajaltasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing with your coach…</source>
        <translation>Synkronoidaan valmentajan kanssa…</translation>
    </message>
    <message>
        <source>Coach sync</source>
        <translation>Valmentajasynkronointi</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Synkronointi: %1</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synkronoitu {when}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ei vielä synkronoitu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files waiting</source>
        <translation>
            <numerusform>%Ln tiedosto odottaa</numerusform>
            <numerusform>%Ln tiedostoa odottaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in conflict</source>
        <translation>
            <numerusform>%Ln tiedosto ristiriidassa</numerusform>
            <numerusform>%Ln tiedostoa ristiriidassa</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now with your coach</source>
        <translation>S&amp;ynkronoi nyt valmentajan kanssa</translation>
    </message>
    <message>
        <source>Coach sync password</source>
        <translation>Valmentajasynkronoinnin salasana</translation>
    </message>
    <message>
        <source>This computer has no system keychain, so OwnVoice cannot keep your coach sync password. Enter it for this session; it is forgotten when OwnVoice closes.</source>
        <translation>Tässä tietokoneessa ei ole järjestelmän avainnippua, joten OwnVoice ei voi säilyttää valmentajasynkronoinnin salasanaa. Anna se tätä istuntoa varten; se unohdetaan, kun OwnVoice suljetaan.</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Start with a habit or two</source>
        <translation>Aloita yhdellä tai kahdella tavalla</translation>
    </message>
    <message>
        <source>A voice grows from small things done often: a thoughtful comment, an answer, an idea written down. Pick what fits you; you can change everything later.</source>
        <translation>Ääni kasvaa pienistä, usein toistuvista teoista: harkitusta kommentista, vastauksesta, muistiin kirjoitetusta ideasta. Valitse, mikä sopii sinulle. Voit muuttaa kaikkea myöhemmin.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Add “{name}”</source>
        <translation>Lisää ”{name}”</translation>
    </message>
    <message>
        <source>Create your own habit…</source>
        <translation>Luo oma tapa…</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Hello</source>
        <translation>Hei</translation>
    </message>
    <message>
        <source>Opening your journey…</source>
        <translation>Avataan polkuasi…</translation>
    </message>
    <message>
        <source>Your journey cannot be opened just now.</source>
        <translation>Polkuasi ei voi avata juuri nyt.</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Hei, {name}</translation>
    </message>
    <message>
        <source>Your starting point: {stage}</source>
        <translation>Lähtökohtasi: {stage}</translation>
    </message>
    <message>
        <source>Your stage now: {stage}</source>
        <translation>Vaiheesi nyt: {stage}</translation>
    </message>
    <message>
        <source>you started as: {stage}</source>
        <translation>lähtökohtasi: {stage}</translation>
    </message>
    <message>
        <source>Find your starting point</source>
        <translation>Löydä lähtökohtasi</translation>
    </message>
    <message>
        <source>A few questions on how you use social media now, what you want from it and what you know about. It takes about ten minutes, and every step can be skipped.</source>
        <translation>Muutama kysymys siitä, miten käytät somea nyt, mitä haluat siltä ja mistä asioista tiedät paljon. Siihen menee noin kymmenen minuuttia, ja minkä tahansa kohdan voi ohittaa.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Time for your quarterly check</source>
        <translation>Neljännesvuositarkistuksen aika</translation>
    </message>
    <message>
        <source>Three months have passed since your last survey. Take it again to see how your habits have changed since you started.</source>
        <translation>Edellisestä kyselystäsi on kulunut kolme kuukautta. Tee kysely uudelleen, niin näet, miten tapasi ovat muuttuneet alusta asti.</translation>
    </message>
    <message>
        <source>Re-take the survey</source>
        <translation>Tee kysely uudelleen</translation>
    </message>
</context>
<context>
    <name>TopicList</name>
    <message>
        <source>New topic</source>
        <translation>Uusi aihe</translation>
    </message>
    <message>
        <source>For example: energy-efficient buildings</source>
        <translation>Esimerkiksi: energiatehokkaat rakennukset</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Lisää aihe</translation>
    </message>
    <message>
        <source>Your topics</source>
        <translation>Aiheesi</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>Poista aihe</translation>
    </message>
</context>
<context>
    <name>TravelWidget</name>
    <message>
        <source>Travelling until {day}: nothing counts against you.</source>
        <translation>Olet matkoilla {day} asti: väliin jääneitä päiviä ei lasketa sinua vastaan.</translation>
    </message>
    <message>
        <source>Change the last day:</source>
        <translation>Muuta viimeistä päivää:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuta</translation>
    </message>
    <message>
        <source>A trip from {start}. Travelling until:</source>
        <translation>Matka alkaa {start}. Viimeinen matkapäivä:</translation>
    </message>
    <message>
        <source>Travel from today</source>
        <translation>Aloita matka jo tänään</translation>
    </message>
    <message>
        <source>I&apos;m &amp;travelling until</source>
        <translation>Olen &amp;matkoilla, viimeinen päivä</translation>
    </message>
    <message>
        <source>Start travel mode</source>
        <translation>Ota matkatila käyttöön</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Olen palannut</translation>
    </message>
    <message>
        <source>Until then, missed days do not lower any habit&apos;s strength or end a streak.</source>
        <translation>Siihen asti väliin jääneet päivät eivät heikennä tapojesi vahvuutta eivätkä katkaise putkia.</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <source>Text for %1</source>
        <translation>Teksti: %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy this text; paste it into the network yourself.</source>
        <translation>Kopioi tämä teksti ja liitä se itse palveluun.</translation>
    </message>
    <message>
        <source>Open in %1</source>
        <translation>Avaa: %1</translation>
    </message>
    <message>
        <source>Opens the network&apos;s own compose page with this text. You post it there.</source>
        <translation>Avaa palvelun oman kirjoitusnäkymän tällä tekstillä. Julkaiset sen siellä itse.</translation>
    </message>
    <message>
        <source>Carry over to…</source>
        <translation>Siirrä verkostoon…</translation>
    </message>
    <message>
        <source>Start another network&apos;s version from this text; what must shrink is marked.</source>
        <translation>Aloita toisen verkoston versio tästä tekstistä; se, mitä pitää lyhentää, merkitään.</translation>
    </message>
    <message>
        <source>The whole post shows without “…see more”.</source>
        <translation>Koko julkaisu näkyy ilman ”…näytä lisää” -linkkiä.</translation>
    </message>
    <message>
        <source>✓ yes</source>
        <translation>✓ kyllä</translation>
    </message>
    <message>
        <source>✗ no</source>
        <translation>✗ ei</translation>
    </message>
    <message>
        <source>Opening line above “…see more”: phone %1, desktop %2</source>
        <translation>Avausrivi ennen ”…näytä lisää” -linkkiä: puhelin %1, tietokone %2</translation>
    </message>
    <message>
        <source>Started from the %1 text.</source>
        <translation>Aloitettu %1-tekstistä.</translation>
    </message>
    <message>
        <source>What is past the limit is marked: shorten it to fit.</source>
        <translation>Rajan yli menevä osa on merkitty: lyhennä, niin teksti mahtuu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln merkki</numerusform>
            <numerusform>%Ln merkkiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters too many</source>
        <translation>
            <numerusform>%Ln merkki liikaa</numerusform>
            <numerusform>%Ln merkkiä liikaa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>epävarma</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogi</translation>
    </message>
    <message>
        <source>Internal network</source>
        <translation>Sisäinen verkosto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
</context>
<context>
    <name>VoiceImport</name>
    <message>
        <source>On {day}.</source>
        <translation>Päivältä {day}.</translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>Ajalta {first}–{last}.</translation>
    </message>
    <message>
        <source>{language} {count}</source>
        <translation>{language} {count}</translation>
    </message>
    <message>
        <source>Languages: {languages}.</source>
        <translation>Kielet: {languages}.</translation>
    </message>
    <message>
        <source>Nothing new: all of it was imported before.</source>
        <translation>Ei mitään uutta: kaikki oli tuotu jo aiemmin.</translation>
    </message>
    <message>
        <source>{count} {reason}</source>
        <translation>{reason}: {count}</translation>
    </message>
    <message>
        <source>Left out: {reasons}.</source>
        <translation>Jätettiin pois – {reasons}.</translation>
    </message>
    <message>
        <source>This is not a ZIP archive, a folder or a file this import reads.</source>
        <translation>Tämä ei ole ZIP-arkisto, kansio eikä tiedosto, jota tämä tuonti osaa lukea.</translation>
    </message>
    <message>
        <source>The ZIP archive is incomplete (cut short). Download it again.</source>
        <translation>ZIP-arkisto on vajaa (se on katkennut). Lataa se uudelleen.</translation>
    </message>
    <message>
        <source>The ZIP archive is damaged. Download it again.</source>
        <translation>ZIP-arkisto on vioittunut. Lataa se uudelleen.</translation>
    </message>
    <message>
        <source>The archive unpacks to far more than it holds, so it was not opened.</source>
        <translation>Arkisto purkautuisi moninkertaisesti omaa kokoaan suuremmaksi, joten sitä ei avattu.</translation>
    </message>
    <message>
        <source>The file is too large to read.</source>
        <translation>Tiedosto on liian suuri luettavaksi.</translation>
    </message>
    <message>
        <source>The archive holds a path that points outside it, so it was not opened.</source>
        <translation>Arkistossa on polku, joka osoittaa arkiston ulkopuolelle, joten sitä ei avattu.</translation>
    </message>
    <message>
        <source>The archive is password-protected. Export it again without a password.</source>
        <translation>Arkisto on suojattu salasanalla. Vie tiedot uudelleen ilman salasanaa.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Tiedostoa ei voi lukea. Tarkista, että se on olemassa ja että sinulla on oikeus avata se.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. It may have been saved by a spreadsheet; a fresh export fixes it.</source>
        <translation>Tiedosto ei ole UTF-8-tekstiä. Se on ehkä tallennettu taulukkolaskentaohjelmalla; uusi vienti korjaa asian.</translation>
    </message>
    <message>
        <source>A column this import needs is missing: {detail}.</source>
        <translation>Tuonnin tarvitsema sarake puuttuu: {detail}.</translation>
    </message>
    <message>
        <source>The table in the file cannot be read.</source>
        <translation>Tiedoston taulukkoa ei voi lukea.</translation>
    </message>
    <message>
        <source>The data in the file is not in the expected shape.</source>
        <translation>Tiedoston tiedot eivät ole odotetussa muodossa.</translation>
    </message>
    <message>
        <source>The archive holds none of the files this import reads. Is it the right network&apos;s archive?</source>
        <translation>Arkistossa ei ole yhtään tiedostoa, jota tämä tuonti lukee. Onko se oikean palvelun tietoarkisto?</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Tiedostoa ei voi tuoda.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. {problem}</source>
        <translation>Tiedostosta {file} ei tuotu mitään. {problem}</translation>
    </message>
    <message>
        <source>private messages (never imported)</source>
        <translation>yksityisviestit (niitä ei tuoda koskaan)</translation>
    </message>
    <message>
        <source>no readable date</source>
        <translation>ei luettavaa päivämäärää</translation>
    </message>
    <message>
        <source>the same item twice</source>
        <translation>sama kohde kahteen kertaan</translation>
    </message>
    <message>
        <source>no identifier</source>
        <translation>ei tunnistetta</translation>
    </message>
    <message>
        <source>not in the expected shape</source>
        <translation>ei odotetussa muodossa</translation>
    </message>
    <message>
        <source>a kind of record this import does not read</source>
        <translation>tuonnin ulkopuolinen tietuetyyppi</translation>
    </message>
    <message>
        <source>no text</source>
        <translation>ei tekstiä</translation>
    </message>
    <message>
        <source>LinkedIn: Settings &amp; Privacy → Data privacy → Get a copy of your data. Choose the larger archive (posts, comments, profile and connections are in it) and request it. LinkedIn e-mails you a link, usually within a day; download the ZIP file.</source>
        <translation>LinkedIn: Asetukset ja tietosuoja → Tietosuoja → Hanki kopio tiedoistasi. Valitse laajempi arkisto (siinä ovat julkaisut, kommentit, profiili ja yhteydet) ja pyydä se. LinkedIn lähettää sinulle linkin sähköpostitse, yleensä vuorokauden kuluessa; lataa ZIP-tiedosto.</translation>
    </message>
    <message>
        <source>X: Settings and privacy → Your account → Download an archive of your data. Confirm your password; X tells you when the ZIP file is ready, usually within a day or two.</source>
        <translation>X: Asetukset ja yksityisyys → Oma tili → Lataa arkisto tiedoistasi. Vahvista salasanasi; X ilmoittaa, kun ZIP-tiedosto on valmis, yleensä vuorokauden tai kahden kuluessa.</translation>
    </message>
    <message>
        <source>Mastodon: Preferences → Import and export → Data export → Request your archive. When it is ready (often within an hour), download the file from the same page.</source>
        <translation>Mastodon: Asetukset → Tuonti ja vienti → Datan vienti → Pyydä arkistoa. Kun se on valmis (usein tunnin sisällä), lataa tiedosto samalta sivulta.</translation>
    </message>
    <message>
        <source>Your own writing: paste a blog post or talk, or open .txt and .md files (or a folder of them). Separate several texts in one file with a line of three hyphens after an empty line.</source>
        <translation>Omat tekstisi: liitä blogikirjoitus tai puhe, tai avaa .txt- ja .md-tiedostoja (tai niitä sisältävä kansio). Jos yhdessä tiedostossa on useita tekstejä, erota ne toisistaan tyhjällä rivillä ja sen perään rivillä, jossa on kolme yhdysmerkkiä (---).</translation>
    </message>
    <message>
        <source>dated before 2000 or after next year</source>
        <translation>päivätty ennen vuotta 2000 tai ensi vuoden jälkeen</translation>
    </message>
</context>
<context>
    <name>VoiceImports</name>
    <message>
        <source>Remove this import?</source>
        <translation>Poistetaanko tämä tuonti?</translation>
    </message>
    <message>
        <source>Your voice profile and your journey are worked out again without them. Texts that an earlier import had already brought stay. You can import the archive again.</source>
        <translation>Kirjoitustyylisi ja polkusi lasketaan uudelleen ilman niitä. Tekstit, jotka jokin aiempi tuonti oli jo tuonut, jäävät. Voit tuoda arkiston myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Your own writing</source>
        <translation>Omat kirjoituksesi</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ei mitään uutta</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>Your imports</source>
        <translation>Tuontisi</translation>
    </message>
    <message>
        <source>Imported the wrong archive? Remove takes out what that import added: its texts and its logged actions. The file itself is not touched.</source>
        <translation>Toitko väärän arkiston? Poista ottaa pois sen, minkä tuonti toi: sen tekstit ja kirjatut teot. Itse tiedostoon ei kosketa.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Remove the import {name}</source>
        <translation>Poista tuonti {name}</translation>
    </message>
    <message>
        <source>Remove what the import {name} of {day} added: {what}?</source>
        <translation>Poistetaanko se, minkä tuonti {name} ({day}) toi: {what}?</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Your profile is being built…</source>
        <translation>Kirjoitustyyliäsi selvitetään…</translation>
    </message>
    <message>
        <source>None of your texts is in Finnish, Swedish or English yet.</source>
        <translation>Yksikään teksteistäsi ei ole vielä suomeksi, ruotsiksi tai englanniksi.</translation>
    </message>
    <message>
        <source>Reading your texts…</source>
        <translation>Luetaan tekstejäsi…</translation>
    </message>
    <message>
        <source>OwnVoice learns how you write from your own posts, so that it can help you write in your own voice. Nothing leaves your computer.</source>
        <translation>OwnVoice oppii omista julkaisuistasi, miten kirjoitat, jotta se voi auttaa sinua kirjoittamaan omalla äänelläsi. Mikään ei lähde tietokoneeltasi.</translation>
    </message>
    <message numerus="yes">
        <source>How you write in {language}, learnt from %Ln of your texts.</source>
        <translation>
            <numerusform>Kirjoitustyylisi kielellä {language}, opittu %Ln tekstistäsi.</numerusform>
            <numerusform>Kirjoitustyylisi kielellä {language}, opittu %Ln tekstistäsi.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have {texts} here, in {languages}.</source>
        <translation>Täällä on {texts} {languages}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln texts</source>
        <translation>
            <numerusform>%Ln tekstisi</numerusform>
            <numerusform>%Ln tekstiäsi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln languages</source>
        <translation>
            <numerusform>%Ln kielellä</numerusform>
            <numerusform>%Ln kielellä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out by you.</source>
        <translation>
            <numerusform>Itse pois jättämiäsi: %Ln.</numerusform>
            <numerusform>Itse pois jättämiäsi: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also in other languages, which your profile does not describe (OwnVoice knows Finnish, Swedish and English): {languages}.</source>
        <translation>Lisäksi tekstejä muilla kielillä, joita profiilisi ei kuvaa (OwnVoice tuntee suomen, ruotsin ja englannin): {languages}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln too short or too mixed to tell the language.</source>
        <translation>
            <numerusform>%Ln liian lyhyt tai sekakielinen, jotta kielen voisi tunnistaa.</numerusform>
            <numerusform>%Ln liian lyhyttä tai sekakielistä, jotta kielen voisi tunnistaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating your voice with the new texts…</source>
        <translation>Kirjoitustyyliäsi päivitetään uusilla teksteillä…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>Bring in what you have written</source>
        <translation>Tuo kirjoittamasi tekstit</translation>
    </message>
    <message>
        <source>Every network lets you download your own data as an archive, a ZIP file. Download yours, then press Import… and choose it. OwnVoice reads your posts, comments and replies from it on this computer; private messages are left out.</source>
        <translation>Jokaisesta palvelusta voit ladata omat tietosi tietoarkistona eli ZIP-tiedostona. Lataa omasi, paina sitten Tuo… ja valitse se. OwnVoice lukee siitä julkaisusi, kommenttisi ja vastauksesi tällä tietokoneella; yksityisviestit jätetään pois.</translation>
    </message>
    <message>
        <source>How you write</source>
        <translation>Näin kirjoitat</translation>
    </message>
    <message>
        <source>Your texts</source>
        <translation>Tekstisi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Untick a text to leave it out of your voice, for example one a colleague wrote for you.</source>
        <translation>Poista rasti tekstistä, jonka haluat jättää pois kirjoitustyylistäsi, esimerkiksi jos kollega on kirjoittanut sen puolestasi.</translation>
    </message>
    <message>
        <source>Search your texts</source>
        <translation>Hae teksteistäsi</translation>
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
        <translation>Aloitat {often} kysymyksellä.</translation>
    </message>
    <message>
        <source>You {often} open with an exclamation.</source>
        <translation>Aloitat {often} huudahduksella.</translation>
    </message>
    <message>
        <source>You {often} open with an emoji.</source>
        <translation>Aloitat {often} emojilla.</translation>
    </message>
    <message>
        <source>You {often} open by naming someone.</source>
        <translation>Aloitat {often} mainitsemalla jonkun.</translation>
    </message>
    <message>
        <source>You {often} open with a number.</source>
        <translation>Aloitat {often} luvulla.</translation>
    </message>
    <message>
        <source>You {often} open with a greeting.</source>
        <translation>Aloitat {often} tervehdyksellä.</translation>
    </message>
    <message>
        <source>You {often} open by thanking someone.</source>
        <translation>Aloitat {often} kiittämällä jotakuta.</translation>
    </message>
    <message>
        <source>You {often} open with yourself (“I …”).</source>
        <translation>Aloitat {often} itsestäsi (”minä …”).</translation>
    </message>
    <message>
        <source>You {often} open with your team (“we …”).</source>
        <translation>Aloitat {often} tiimistäsi (”me …”).</translation>
    </message>
    <message>
        <source>You {often} open with the word “{word}”.</source>
        <translation>Aloitat {often} sanalla ”{word}”.</translation>
    </message>
    <message>
        <source>You {often} end with hashtags.</source>
        <translation>Lopetat {often} aihetunnisteisiin.</translation>
    </message>
    <message>
        <source>You {often} end by naming someone.</source>
        <translation>Lopetat {often} mainitsemalla jonkun.</translation>
    </message>
    <message>
        <source>You {often} end with a link.</source>
        <translation>Lopetat {often} linkkiin.</translation>
    </message>
    <message>
        <source>You {often} end with an emoji.</source>
        <translation>Lopetat {often} emojiin.</translation>
    </message>
    <message>
        <source>You {often} end with a question to your readers.</source>
        <translation>Lopetat {often} kysymykseen lukijoillesi.</translation>
    </message>
    <message>
        <source>You {often} end with an exclamation.</source>
        <translation>Lopetat {often} huudahdukseen.</translation>
    </message>
    <message>
        <source>You {often} sign off with the same line.</source>
        <translation>Käytät {often} samaa lopetusriviä.</translation>
    </message>
    <message numerus="yes">
        <source>Your %Ln posts are about {chars} characters long.</source>
        <translation>
            <numerusform>Julkaisusi on {chars} merkkiä pitkä.</numerusform>
            <numerusform>Kaikki %Ln julkaisuasi ovat noin {chars} merkkiä pitkiä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your posts are usually about {median} characters long; most are between {low} and {high}.</source>
        <translation>Julkaisusi ovat yleensä noin {median} merkin pituisia; useimmat ovat {low}–{high} merkkiä pitkiä.</translation>
    </message>
    <message>
        <source>You write short sentences: about {words} words each.</source>
        <translation>Kirjoitat lyhyitä virkkeitä: noin {words} sanaa kussakin.</translation>
    </message>
    <message>
        <source>Your sentences are of medium length, about {words} words.</source>
        <translation>Virkkeesi ovat keskipitkiä, noin {words} sanaa.</translation>
    </message>
    <message>
        <source>You write long sentences, about {words} words each.</source>
        <translation>Kirjoitat pitkiä virkkeitä, noin {words} sanaa kussakin.</translation>
    </message>
    <message>
        <source>You ask your readers a lot: {share} of your posts have a question.</source>
        <translation>Kysyt lukijoiltasi paljon: {share} julkaisuistasi sisältää kysymyksen.</translation>
    </message>
    <message>
        <source>You ask a question now and then ({share} of your posts).</source>
        <translation>Esität silloin tällöin kysymyksen ({share} julkaisuistasi).</translation>
    </message>
    <message>
        <source>You mostly write as yourself (“I”).</source>
        <translation>Kirjoitat enimmäkseen omissa nimissäsi (”minä”).</translation>
    </message>
    <message>
        <source>You mostly write as a team (“we”).</source>
        <translation>Kirjoitat enimmäkseen tiimin nimissä (”me”).</translation>
    </message>
    <message>
        <source>You write both as yourself and as a team (“I” and “we”).</source>
        <translation>Kirjoitat sekä omissa nimissäsi että tiimin nimissä (”minä” ja ”me”).</translation>
    </message>
    <message>
        <source>You use {list}.</source>
        <translation>Käytät {list}.</translation>
    </message>
    <message>
        <source>Phrases you come back to: {phrases}.</source>
        <translation>Ilmaukset, joihin palaat usein: {phrases}.</translation>
    </message>
    <message>
        <source>You write most about {topics}.</source>
        <translation>Yleisimmät aiheesi: {topics}.</translation>
    </message>
    <message>
        <source>very easy to read</source>
        <translation>hyvin helppolukuista</translation>
    </message>
    <message>
        <source>easy to read</source>
        <translation>helppolukuista</translation>
    </message>
    <message>
        <source>of medium difficulty</source>
        <translation>keskivaikeaa</translation>
    </message>
    <message>
        <source>demanding</source>
        <translation>vaativaa</translation>
    </message>
    <message>
        <source>very demanding</source>
        <translation>hyvin vaativaa</translation>
    </message>
    <message>
        <source>Your text is {level} (readability index LIX {lix}); {share} of your words are long, over six letters.</source>
        <translation>Tekstisi on {level} (luettavuusindeksi LIX {lix}); sanoistasi {share} on pitkiä, yli kuusikirjaimisia.</translation>
    </message>
    <message>
        <source>usually</source>
        <translation>yleensä</translation>
    </message>
    <message>
        <source>often</source>
        <translation>usein</translation>
    </message>
    <message>
        <source>You rarely ask questions in your posts.</source>
        <translation>Esität harvoin kysymyksiä julkaisuissasi.</translation>
    </message>
    <message>
        <source>You seldom write about yourself: “I” and “we” hardly appear.</source>
        <translation>Kirjoitat harvoin itsestäsi: ”minä” ja ”me” tuskin näkyvät teksteissäsi.</translation>
    </message>
    <message>
        <source>emoji in {share} of your posts</source>
        <translation>emojeja {share}:ssa julkaisuistasi</translation>
    </message>
    <message>
        <source>hashtags in {share} (about {n} each)</source>
        <translation>aihetunnisteita {share}:ssa (noin {n} kussakin)</translation>
    </message>
    <message>
        <source>mentions in {share}</source>
        <translation>mainintoja {share}:ssa</translation>
    </message>
    <message>
        <source>You use no emoji, hashtags or mentions.</source>
        <translation>Et käytä emojeja, aihetunnisteita etkä mainintoja.</translation>
    </message>
    <message>
        <source>“{phrase}”</source>
        <translation>”{phrase}”</translation>
    </message>
    <message>
        <source>{channel} about {chars}</source>
        <translation>{channel} noin {chars}</translation>
    </message>
    <message>
        <source>Your typical length in characters per channel: {list}.</source>
        <translation>Tyypillinen pituutesi merkkeinä kanavittain: {list}.</translation>
    </message>
</context>
<context>
    <name>WeekCard</name>
    <message>
        <source>This week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Edit goal: {goal}</source>
        <translation>Muokkaa tavoitetta: {goal}</translation>
    </message>
    <message>
        <source>A goal turns a good intention into a plan for the week. Start small: two comments a week for a month is a fine first goal.</source>
        <translation>Tavoite tekee hyvästä aikeesta viikon suunnitelman. Aloita pienestä: kaksi kommenttia viikossa kuukauden ajan on hyvä ensimmäinen tavoite.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Lisää tavoite</translation>
    </message>
    <message>
        <source>Set your first goal</source>
        <translation>Aseta ensimmäinen tavoitteesi</translation>
    </message>
    <message>
        <source>{current} of {target}</source>
        <translation>{current}/{target}</translation>
    </message>
    <message>
        <source>{done} of {target} this week</source>
        <translation>{done}/{target} tällä viikolla</translation>
    </message>
    <message>
        <source>Habit check-ins</source>
        <translation>Tavan merkinnät</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>viimeistään {day}</translation>
    </message>
    <message>
        <source>agreed with your coach</source>
        <translation>sovittu valmentajasi kanssa</translation>
    </message>
    <message>
        <source>Goal reached. Set the next one when you are ready.</source>
        <translation>Tavoite saavutettu. Aseta seuraava, kun olet valmis.</translation>
    </message>
    <message>
        <source>Starts on {day}.</source>
        <translation>Alkaa {day}.</translation>
    </message>
    <message>
        <source>The deadline has passed. Change the goal, or set a new one.</source>
        <translation>Määräpäivä on mennyt. Muuta tavoitetta tai aseta uusi.</translation>
    </message>
    <message>
        <source>This week&apos;s share is done. Anything more is a head start.</source>
        <translation>Tämän viikon osuus on tehty. Kaikki lisä on etumatkaa.</translation>
    </message>
    <message>
        <source>{left} more this week helps you catch up.</source>
        <translation>Vielä {left} tällä viikolla, niin saat kiinni.</translation>
    </message>
    <message>
        <source>{left} more this week keeps you on track.</source>
        <translation>Vielä {left} tällä viikolla, niin pysyt aikataulussa.</translation>
    </message>
    <message>
        <source>Update the number with Edit when it changes.</source>
        <translation>Päivitä luku Muokkaa-painikkeella, kun se muuttuu.</translation>
    </message>
    <message>
        <source>{done} this week. Add a deadline to see a weekly pace.</source>
        <translation>Tällä viikolla {done}. Lisää määräpäivä, niin näet viikkotahdin.</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>{week} (from {day}): {stage}</source>
        <translation>{week} (alkaen {day}): {stage}</translation>
    </message>
    <message>
        <source>Nothing logged yet: this is where your survey placed you.</source>
        <translation>Mitään ei ole vielä kirjattu: tähän kyselysi sinut sijoitti.</translation>
    </message>
    <message>
        <source>The log showed: {stage}</source>
        <translation>Kirjaukset näyttivät: {stage}</translation>
    </message>
    <message>
        <source>Your stage week by week</source>
        <translation>Vaiheesi viikko viikolta</translation>
    </message>
    <message>
        <source>Your week-by-week history begins with the first thing you log.</source>
        <translation>Viikoittainen historiasi alkaa ensimmäisestä kirjauksestasi.</translation>
    </message>
</context>
<context>
    <name>WeekTableModel</name>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>The log showed</source>
        <translation>Kirjaukset näyttivät</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Ei vielä kirjauksia</translation>
    </message>
</context>
<context>
    <name>WeeklyExport</name>
    <message>
        <source>This week&apos;s progress file is saved: {file}</source>
        <translation>Tämän viikon edistymistiedosto on tallennettu: {file}</translation>
    </message>
    <message>
        <source>This week&apos;s progress file could not be saved in {folder}: {reason}. OwnVoice tries again the next time it starts.</source>
        <translation>Tämän viikon edistymistiedostoa ei voitu tallentaa kansioon {folder}: {reason}. OwnVoice yrittää uudelleen, kun se seuraavan kerran käynnistyy.</translation>
    </message>
</context>
<context>
    <name>WeeklyHistory</name>
    <message>
        <source>Show as table</source>
        <translation>Näytä taulukkona</translation>
    </message>
    <message>
        <source>Your stage week by week, as a table</source>
        <translation>Vaiheesi viikko viikolta taulukkona</translation>
    </message>
    <message>
        <source>Your stage week by week</source>
        <translation>Vaiheesi viikko viikolta</translation>
    </message>
    <message>
        <source>{week}. Highest stage: {top}.</source>
        <translation>{week}. Korkein vaihe: {top}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks, from {first} to {last}. Highest stage: {top}.</source>
        <translation>
            <numerusform>%Ln viikko, {first}–{last}. Korkein vaihe: {top}.</numerusform>
            <numerusform>%Ln viikkoa, {first}–{last}. Korkein vaihe: {top}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>OwnVoice helps you find what social media can give you, and grow your own expert voice there one small habit at a time. It helps you write posts that sound like you, never like corporate copy, and it never posts anything by itself. Everything stays on this computer, and you decide what your coach gets to see.</source>
        <translation>OwnVoice auttaa sinua löytämään, mitä some voi antaa juuri sinulle, ja kasvattamaan siellä omaa asiantuntijaääntäsi pieni tapa kerrallaan. Se auttaa kirjoittamaan päivityksiä, jotka kuulostavat sinulta eivätkä yrityksen tiedotteelta, eikä se koskaan julkaise mitään itse. Kaikki pysyy tällä tietokoneella, ja sinä päätät, mitä valmentajasi näkee.</translation>
    </message>
    <message>
        <source>Choose your language:</source>
        <translation>Valitse kieli:</translation>
    </message>
    <message>
        <source>Your data is kept in {folder}</source>
        <translation>Tietosi säilytetään kansiossa {folder}</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Aloitetaan</translation>
    </message>
    <message>
        <source>Coaching others? Open the progress files they share with you. You can start your own journey later from the same window.</source>
        <translation>Valmennatko muita? Avaa heidän kanssasi jakamansa edistymistiedostot. Voit aloittaa oman polkusi myöhemmin samasta ikkunasta.</translation>
    </message>
    <message>
        <source>I coach others</source>
        <translation>Valmennan muita</translation>
    </message>
</context>
<context>
    <name>WizardButtons</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>O&amp;hita</translation>
    </message>
    <message>
        <source>Go on without saving this step</source>
        <translation>Jatka tallentamatta tätä osaa</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seuraava</translation>
    </message>
</context>
<context>
    <name>YouPanel</name>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sinä</translation>
    </message>
    <message>
        <source>What you told OwnVoice when getting started. Change it whenever it changes; it is saved as you type, on this computer only.</source>
        <translation>Mitä kerroit OwnVoicelle alussa. Muuta sitä aina, kun jokin muuttuu; muutokset tallentuvat kirjoittaessasi, vain tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nimesi</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Today greets you by it.</source>
        <translation>Tänään-sivu tervehtii sinua sillä.</translation>
    </message>
    <message>
        <source>Your &amp;topics: type one and press Enter</source>
        <translation>&amp;Aiheesi: kirjoita aihe ja paina Enteriä</translation>
    </message>
</context>
</TS>
