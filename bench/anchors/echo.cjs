// Anchor (copied from the team's reference anchors, unchanged apart from this header): run with `node bench/anchors/echo.cjs`.
// Minimal echo bot (pattern of BotBuilder-Samples 02.echo-bot), used as a performance anchor.
// botbuilder 4.23.x CloudAdapter + restify 11, POST /api/messages.
// Auth is disabled (empty config: no MicrosoftAppId), like local Emulator use.
// Clients should send deliveryMode "expectReplies" so replies come back in the HTTP body
// and no connector service is contacted.
'use strict';
const T0 = process.hrtime.bigint();
const restify = require('restify');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    MessageFactory
} = require('botbuilder');

const PORT = Number(process.env.PORT || 3978);

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            const replyText = `Echo: ${ context.activity.text }`;
            await context.sendActivity(MessageFactory.text(replyText, replyText));
            await next();
        });
    }
}

// Empty configuration => MicrosoftAppId undefined => authentication disabled.
const auth = new ConfigurationBotFrameworkAuthentication({});
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] ${ error && error.stack || error }`);
    throw error; // let CloudAdapter.process answer 500
};

const bot = new EchoBot();
const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(PORT, '127.0.0.1', () => {
    const ms = Number(process.hrtime.bigint() - T0) / 1e6;
    console.log(`echo listening on http://127.0.0.1:${ PORT } pid=${ process.pid } (startup ${ ms.toFixed(0) }ms)`);
});
