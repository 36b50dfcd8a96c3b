import type { PlanResolvers } from '../__generated__/resolvers-types.js';

export const Plan: PlanResolvers = {
  priceMonthlyEur: (plan) => plan.priceMonthlyCents / 100,
  features: (plan) => [...plan.features],
};
