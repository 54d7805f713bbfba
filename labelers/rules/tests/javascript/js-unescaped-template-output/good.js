const Handlebars = require('handlebars');

const render = Handlebars.compile('<li class="comment">{{ comment.body }}</li>');

Vue.component('comment', {
  props: ['body'],
  template: '<div class="comment">{{ body }}</div>',
});
