import { rotateJoinCodeAction, setJoiningAction } from "@/app/actions/classes";
import { ActionButton } from "@/app/components/action-button";
import { ConfirmActionButton } from "@/app/components/confirm-action-button";
import { errorMessages } from "@/app/components/error-messages";
import type { TaughtClass } from "@/lib/classes/taught-class";
import type { UiLanguage } from "@/lib/i18n/languages";
import { getT } from "@/lib/i18n/translator";
import { JoinLink } from "./join-link";

/** The join code, big enough to read out in class, with the join link and the teacher's switches. */
export function JoinCodePanel({ lng, taught }: { lng: UiLanguage; taught: TaughtClass }) {
  const t = getT(lng, "classes");
  const errors = errorMessages(lng);
  const editable = !taught.archived;
  return (
    <section aria-labelledby="join-code-heading">
      <h2 id="join-code-heading">{t("joinCodeTitle")}</h2>
      <p className={taught.joinEnabled ? "join-code" : "join-code is-off"} aria-describedby="joining-state">
        {taught.joinCode}
      </p>
      <p id="joining-state">{t(taught.joinEnabled ? "joiningOn" : "joiningOff")}</p>
      <JoinLink path={`/${lng}/join?code=${taught.rawJoinCode}`} label={t("joinLinkLabel")} hint={t("joinLinkHint")} />
      {editable && (
        <div className="form-actions">
          <ActionButton
            action={setJoiningAction.bind(null, taught.id, !taught.joinEnabled)}
            label={t(taught.joinEnabled ? "switchOff" : "switchOn")}
            accessibleLabel={t(taught.joinEnabled ? "switchOff" : "switchOn")}
            errors={errors}
          />
          <ConfirmActionButton
            action={rotateJoinCodeAction.bind(null, taught.id)}
            label={t("rotate")}
            question={t("rotateQuestion")}
            confirm={t("rotateConfirm")}
            cancel={t("cancel")}
            errors={errors}
          />
        </div>
      )}
      {editable && <p className="hint">{t("rotateHint")}</p>}
    </section>
  );
}
