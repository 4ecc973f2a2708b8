// Anchor (copied from the team's reference anchors, unchanged apart from this header): run with `node bench/anchors/echo-state.cjs`.
// Stateful anchor: echo.js + ConversationState/UserState over MemoryStorage and a
// botbuilder-dialogs WaterfallDialog of 3 TextPrompts (pattern of BotBuilder-Samples
// 05.multi-turn-prompt). Every turn loads and saves conversation + user state.
// One intake = 4 turns: prompt 1, prompt 2, prompt 3, summary (dialog ends; next turn restarts).
'use strict';
const T0 = process.hrtime.bigint();
const restify = require('restify');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
    UserState
} = require('botbuilder');
const {
    ComponentDialog,
    DialogSet,
    DialogTurnStatus,
    TextPrompt,
    WaterfallDialog
} = require('botbuilder-dialogs');

const PORT = Number(process.env.PORT || 3978);
const TEXT_PROMPT = 'TEXT_PROMPT';
const WATERFALL = 'INTAKE_WATERFALL';

class IntakeDialog extends ComponentDialog {
    constructor(profileAccessor) {
        super('intakeDialog');
        this.profileAccessor = profileAccessor;
        this.addDialog(new TextPrompt(TEXT_PROMPT));
        this.addDialog(new WaterfallDialog(WATERFALL, [
            async (step) => step.prompt(TEXT_PROMPT, 'What is your name?'),
            async (step) => {
                step.values.name = step.result;
                return step.prompt(TEXT_PROMPT, 'What is your e-mail address?');
            },
            async (step) => {
                step.values.email = step.result;
                return step.prompt(TEXT_PROMPT, 'What can we help you with?');
            },
            async (step) => {
                step.values.topic = step.result;
                const profile = await this.profileAccessor.get(step.context, { intakes: 0 });
                profile.name = step.values.name;
                profile.email = step.values.email;
                profile.lastTopic = step.values.topic;
                profile.intakes += 1;
                await step.context.sendActivity(`Thanks ${ profile.name }, intake #${ profile.intakes } recorded.`);
                return step.endDialog(profile);
            }
        ]));
        this.initialDialogId = WATERFALL;
    }

    // Same helper as the samples' UserProfileDialog.run()
    async run(turnContext, dialogStateAccessor) {
        const dialogSet = new DialogSet(dialogStateAccessor);
        dialogSet.add(this);
        const dc = await dialogSet.createContext(turnContext);
        const results = await dc.continueDialog();
        if (results.status === DialogTurnStatus.empty) {
            await dc.beginDialog(this.id);
        }
    }
}

class DialogBot extends ActivityHandler {
    constructor(conversationState, userState, dialog) {
        super();
        this.conversationState = conversationState;
        this.userState = userState;
        this.dialog = dialog;
        this.dialogState = conversationState.createProperty('DialogState');
        this.onMessage(async (context, next) => {
            await this.dialog.run(context, this.dialogState);
            await next();
        });
        this.onDialog(async (context, next) => {
            await this.conversationState.saveChanges(context, false);
            await this.userState.saveChanges(context, false);
            await next();
        });
    }
}

const auth = new ConfigurationBotFrameworkAuthentication({}); // no MicrosoftAppId => auth disabled
const adapter = new CloudAdapter(auth);
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] ${ error && error.stack || error }`);
    await conversationState.delete(context).catch(() => {});
    throw error; // let CloudAdapter.process answer 500
};

const dialog = new IntakeDialog(userState.createProperty('Profile'));
const bot = new DialogBot(conversationState, userState, dialog);

const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(PORT, '127.0.0.1', () => {
    const ms = Number(process.hrtime.bigint() - T0) / 1e6;
    console.log(`echo-state listening on http://127.0.0.1:${ PORT } pid=${ process.pid } (startup ${ ms.toFixed(0) }ms)`);
});
