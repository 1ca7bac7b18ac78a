# Reference Kaplan-Meier curve for KaplanMeierTests (run from this folder: Rscript kaplan_meier.R).
# The 6-MP arm of the Freireich et al. (1963) leukaemia remission trial, as in Gehan (1965) and
# Kleinbaum & Klein, Survival Analysis, chapter 2: weeks in remission, 1 = relapse, 0 = censored.
library(survival)
weeks  <- c(6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35)
relapse <- c(1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0)
write.csv(data.frame(time = weeks, event = relapse), "six_mp.csv", row.names = FALSE, quote = FALSE)
for (ct in c("log", "plain", "log-log")) {
  fit <- survfit(Surv(weeks, relapse) ~ 1, conf.type = ct)
  s <- summary(fit, censored = TRUE)
  f <- function(v) sprintf("%.17g", v)
  write.csv(data.frame(time = s$time, n_risk = s$n.risk, n_event = s$n.event, n_censor = s$n.censor,
                       surv = f(s$surv), std_err_cumhaz = f(s$std.err / s$surv),
                       lower = f(s$lower), upper = f(s$upper)),
            paste0("six_mp_", gsub("-", "", ct), ".csv"), row.names = FALSE, quote = FALSE)
}
print(survfit(Surv(weeks, relapse) ~ 1))
