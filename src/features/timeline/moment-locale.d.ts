// moment's ES module locales register themselves on the ES build of moment (see docs/decisions/0001).
declare module 'moment/dist/locale/ru'
