"""Posts in languages other than Finnish, Swedish and English, for tests of language identification.

Written for these tests in the style of lang_samples.py: short social posts with hashtags, links,
mentions and emoji, some of them a single sentence. The languages closest to ours are here on
purpose: Estonian (beside Finnish), Danish and Norwegian (beside Swedish), German and Dutch.
"""

from __future__ import annotations

OTHER: dict[str, list[str]] = {
    "de": [
        "Heute habe ich auf der Konferenz über künstliche Intelligenz gesprochen. Danke an alle!",
        "Wir suchen eine neue Kollegin für unser Team in Berlin. Bewerbung bis Freitag.",
        "Was habt ihr aus dem letzten Projekt gelernt? Schreibt es in die Kommentare!",
        "Ich bin so stolz auf mein Team 🎉 #Teamwork",
        "Guten Morgen aus Hamburg, der Kaffee ist fertig und die Sonne scheint.",
        "Drei Dinge, die ich als Führungskraft gelernt habe: zuhören, fragen, danken.",
    ],
    "et": [
        "Täna rääkisin konverentsil tehisintellektist. Aitäh kõigile, kes kohal olid!",
        "Otsime oma meeskonda uut arendajat. Kandideeri hiljemalt reedeks.",
        "Mida te viimasest projektist õppisite? Kirjutage kommentaaridesse!",
        "Olen oma meeskonna üle väga uhke 🎉",
        "Tere hommikust Tallinnast, kohv on valmis ja päike paistab.",
        "Kolm asja, mida ma juhina õppisin: kuula, küsi ja täna.",
    ],
    "es": [
        "Hoy hablé en la conferencia sobre inteligencia artificial. ¡Gracias a todos!",
        "Buscamos una nueva compañera para nuestro equipo en Madrid.",
        "¿Qué aprendisteis del último proyecto? Escribidlo en los comentarios.",
        "Estoy muy orgullosa de mi equipo 🎉 #trabajoenequipo",
        "Buenos días desde Barcelona, el café está listo y hace sol.",
        "Tres cosas que aprendí como jefa: escuchar, preguntar y agradecer.",
    ],
    "fr": [
        "Aujourd'hui j'ai parlé d'intelligence artificielle à la conférence. Merci à tous !",
        "Nous cherchons une nouvelle collègue pour notre équipe à Lyon.",
        "Qu'avez-vous appris du dernier projet ? Dites-le dans les commentaires !",
        "Je suis tellement fière de mon équipe 🎉",
        "Bonjour de Paris, le café est prêt et le soleil brille.",
        "Trois choses que j'ai apprises comme manager : écouter, demander, remercier.",
    ],
    "ru": [
        "Сегодня я выступала на конференции об искусственном интеллекте. Спасибо всем!",
        "Мы ищем нового разработчика в нашу команду в Москве.",
        "Чему вы научились в последнем проекте? Напишите в комментариях!",
        "Очень горжусь своей командой 🎉 #команда",
        "Доброе утро, кофе готов",
    ],
    "zh": [
        "今天我在大会上讲了人工智能，谢谢大家！",
        "我们团队正在招聘新的开发人员，欢迎投简历。",
        "你们从上一个项目学到了什么？在评论里告诉我吧！",
        "为我的团队感到骄傲 🎉 #KpopTime :blobheartcat:",
        "早上好，咖啡已经好了 father",
        "@anna@example.social 谢谢你的分享 https://example.org/post",
    ],
    "ja": [
        "今日は人工知能についてカンファレンスで話しました。皆さんありがとう！",
        "チームの新しいメンバーを募集しています。",
    ],
    "no": [
        "I dag snakket jeg om kunstig intelligens på konferansen. Takk til alle som kom!",
        "Vi ser etter en ny kollega til teamet vårt i Oslo. Søk innen fredag.",
        "Hva lærte dere av det siste prosjektet? Skriv det i kommentarfeltet!",
        "Jeg er så stolt av teamet mitt, det var ikke lett i år 🎉",
        "God morgen fra Bergen, kaffen er klar og solen skinner.",
    ],
    "da": [
        "I dag talte jeg om kunstig intelligens på konferencen. Tak til alle, der kom!",
        "Vi søger en ny kollega til vores team i København. Ansøg inden fredag.",
        "Hvad lærte I af det sidste projekt? Skriv det gerne i kommentarerne!",
        "Jeg er så stolt af mit team, det har ikke været let i år 🎉",
        "Godmorgen fra Aarhus, kaffen er klar og solen skinner.",
    ],
    "nl": [
        "Vandaag sprak ik op de conferentie over kunstmatige intelligentie. Bedankt allemaal!",
        "We zoeken een nieuwe collega voor ons team in Utrecht. Solliciteer voor vrijdag.",
        "Wat hebben jullie van het laatste project geleerd? Laat het weten in de reacties!",
    ],
    "it": [
        "Oggi ho parlato di intelligenza artificiale alla conferenza. Grazie a tutti!",
        "Cerchiamo una nuova collega per il nostro team a Milano.",
        "Cosa avete imparato dall'ultimo progetto? Scrivetelo nei commenti!",
    ],
    "pl": [
        "Dzisiaj mówiłam na konferencji o sztucznej inteligencji. Dziękuję wszystkim!",
        "Szukamy nowej osoby do naszego zespołu w Krakowie.",
        "Czego nauczyliście się z ostatniego projektu? Napiszcie w komentarzach!",
    ],
    "pt": [
        "Hoje falei na conferência sobre inteligência artificial. Obrigada a todos!",
        "Estamos à procura de uma nova colega para a nossa equipa em Lisboa.",
        "O que aprenderam com o último projeto? Escrevam nos comentários!",
    ],
}

# Single short sentences of the kind the issue found misread (German as English, Estonian as
# Finnish, Spanish as Swedish, French as English): none may come out as fi, sv or en.
SHORT: dict[str, list[str]] = {
    "de": ["Ich freue mich sehr auf das Wochenende.", "Das ist eine gute Idee, danke!"],
    "et": ["Aitäh, see oli väga hea päev!", "Kas sa tuled homme tööle?"],
    "es": ["¿Dónde está la estación de tren?", "Muchas gracias por la invitación."],
    "fr": ["Merci beaucoup pour votre aide.", "Où est la gare, s'il vous plaît ?"],
}
