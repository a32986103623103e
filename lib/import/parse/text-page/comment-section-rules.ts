// Boilerplate rules for comment sections: openers, reply forms and footers, per-comment controls,
// pingbacks, thread levels and placeholders, tried after the page-furniture rules.
import type { TRule } from "./boilerplate";

export const COMMENT_SECTION_RULES: TRule[] = [
  // Comment sections: openers, forms and footers, per-comment controls, placeholders.
  {
    reason: "comment widget",
    role: "comments-start",
    max: 200,
    test: (_s, l) =>
      /^(\d+\s+)?(comments|responses|replies|reactions|thoughts|discussions?|kommentare|meinungen|commentaires|réponses|comentarios|respuestas|commenti|risposte|reacties|reacties|comentários|комментари\S*|отзыв\S*|komentarz\S*)(\s*\(\d+\))?\s*:?\s*[»›→]?$/.test(
        l,
      ) ||
      /^(\d+\s+)?(kommentar|commentaire|réponse|comentario|commento|reactie|comment)\s*:?$/.test(
        l,
      ) ||
      /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|ein|eine|un|une) (comments?|responses?|replies|thoughts?|kommentare?|antworten|meinungen|commentaires?|réponses?|comentarios?|respuestas?|commenti|risposte|reacties|комментари\S*|отзыв\S*|komentarz\S*)(?: (on|to|zu|auf|à|sur|a|en|su|op|к|на|do) |\s*:\s*).{1,180}$/.test(
        l,
      ) ||
      /^(view|show|see|load|read|display)( all)? \d+ (comments?|replies)$/.test(l) ||
      /^(kommentare|commentaires|comentarios|commenti)( anzeigen| afficher| \(\d+\))?$/.test(l) ||
      /^(join the (discussion|conversation)|start the (discussion|conversation)|reader comments|readers'? comments|comments? section|show( all)? comments|view( all)? comments|load comments|display comments|notify of|sort by\b.{0,30}|oldest|newest|most voted|best|top comments?|all comments|(newest|oldest|most voted|best|top)( (newest|oldest|most voted|best|top))+|inline feedbacks|what do you think\??|have your say|be the first to comment\b.*|\d+ comments? so far|conversation)$/.test(
        l,
      ),
  },
  {
    reason: "comment form",
    role: "comments-end",
    max: 200,
    test: (_s, l) =>
      /^(leave|post|add|write|submit) (a |your )?(reply|comment|response)( to .{1,160}?)?( cancel reply)?$/.test(
        l,
      ) ||
      /your e-?mail( address)? will not be published|required fields are marked|would love your thoughts|this site uses akismet|you must be logged in to post|comments are (now )?closed|powered by (disqus|discourse)|^cancel reply$|^save my name, e-?mail|^notify me of (follow-up|new) (comments|posts)|^subscribe to:? post comments|^(please )?(log ?in|sign in|register) to (comment|reply|join)/.test(
        l,
      ) ||
      /^(name|e-?mail|website|url|comment|message|your (name|comment|message))\s*\*?\s*(\(required\))?:?$/.test(
        l,
      ) ||
      /^(post|submit|send|publish) (comment|reply)$/.test(l) ||
      /^(sign in|log ?in) with$|^or (register|sign up) with \S+$/.test(l) ||
      /^(schreiben sie einen kommentar|kommentar schreiben|kommentar verfassen|hinterlasse einen kommentar|einen kommentar schreiben|laisser un commentaire|laissez un commentaire|écrire un commentaire|ajouter un commentaire|deja un comentario|dejar un comentario|escribe un comentario|lascia un commento|scrivi un commento|laat een reactie achter|reageer|deixe um comentário|add comment|comments are closed|kommentare geschlossen|kommentare sind geschlossen|commentaires fermés|les commentaires sont fermés|comentarios cerrados)[.!]?$/.test(
        l,
      ) ||
      /ihre e-?mail-adresse wird nicht veröffentlicht|votre adresse (e-?mail|de messagerie|courriel) ne sera pas publiée|tu (dirección de )?correo electrónico no será publicad|il tuo indirizzo email non sarà pubblicato|je e-?mailadres wordt niet gepubliceerd|o seu endereço de email não será publicado/.test(
        l,
      ),
  },
  {
    reason: "comment controls",
    role: "control",
    max: 80,
    test: (_s, l) =>
      /^((reply|antworten|löschen|répondre|supprimer|responder|eliminar|rispondi|ответить|удалить|odpowiedz|like|liked|unlike|dislike|share|report|flag|edit|delete|permalink|quote|upvote|downvote|vote up|vote down|hide|hide replies|show replies|view replies|collapse|expand|load more comments|show more( replies| comments)?|log in to reply|reply ↓|loading\.*|like this:?|liked by \d+ (people|others)|\+|-|↑|↓|▲|▼|\d+\s*[smhdwy]|\d+\s*(likes?|dislikes?|points?|votes?|upvotes?|replies|reply|reactions?)|avatar|user avatar|profile (image|picture|photo))\s*[|·•]?\s*)+$/.test(
        l,
      ) ||
      /^(view|show|load|see) (\d+ )?(more )?(repl(y|ies)|comments?)$/.test(l) ||
      /^([•·−+]|share\s*[›»]|see more|favou?rite|link|permalink|(you must )?(sign|log) ?in to (up-?|down-?)?vote.*|\d+\s+\d+\s+(you must )?(sign|log) ?in to .{0,40})$/.test(
        l,
      ) ||
      /^(continue this thread|more replies|load more( replies| comments)?|view more comments|show more comments|view entire discussion.*|\d+ more repl(y|ies)|replies|save|give award|antworten|beantworten|melden|zitieren|répondre|signaler|citer|responder|denunciar|rispondi|segnala|reageren|beantwoord|responder|svara|odpowiedz|ответить)$/.test(
        l,
      ) ||
      (/[a-z]/.test(l) &&
        /^((reply|like|likes|dislike|share|report|antworten|répondre|responder|rispondi|gefällt mir|j'aime|me gusta|mi piace|\d+\s*[smhdwy]|\d+|[+-]\d+)\s*[|·•]?\s*){2,6}$/.test(
          l,
        )),
  },
  {
    reason: "pingback",
    role: "pingback",
    max: 400,
    test: (_s, l) => /^(pingback|trackback|ping)(\s*:|\s+(von|de|from|by|di|van)\b)/.test(l),
  },
  { reason: "thread level", role: "level", max: 20, test: (_s, l) => /^level \d{1,2}$/.test(l) },
  {
    reason: "placeholder",
    role: "placeholder",
    max: 40,
    test: (_s, l) =>
      /^(comment image|\[?image\]?|\[?img\]?|\[?gif\]?|embedded (image|content|video|media)|\[?video\]?|\[?photo\]?|picture|attachment)$/.test(
        l,
      ),
  },
];
