import {lookupTable} from '../../lookup-table'

/**
 * Units of measurement and their factor to one base unit per dimension, so
 * that "seven miles" and "11 kilometres" compare as lengths. Factors are the
 * exact definitions (1 mile = 1,609.344 m, 1 lb = 0.45359237 kg); Fahrenheit
 * and Celsius are converted by formula. Written by hand.
 */

/** A unit: its dimension and how many base units one of it is. */
export interface MeasurementUnit {
  readonly dimension: 'length' | 'mass' | 'area' | 'volume' | 'speed' | 'temperature' | 'duration'
  /** Base units per unit (metres, kilograms, square metres, litres, km/h, days); for temperature, 1 = Celsius, 0 = Fahrenheit. */
  readonly factor: number
}

const length = (factor: number): MeasurementUnit => ({dimension: 'length', factor})
const mass = (factor: number): MeasurementUnit => ({dimension: 'mass', factor})
const area = (factor: number): MeasurementUnit => ({dimension: 'area', factor})
const volume = (factor: number): MeasurementUnit => ({dimension: 'volume', factor})
const speed = (factor: number): MeasurementUnit => ({dimension: 'speed', factor})
const duration = (factor: number): MeasurementUnit => ({dimension: 'duration', factor})

/** The entries of `measurementUnits`, in a function so that a bundler can drop the table when nothing reads it. */
function unitEntries(): Record<string, MeasurementUnit> {
  return {
    km: length(1000), kms: length(1000), kilometre: length(1000), kilometres: length(1000), kilometer: length(1000), kilometers: length(1000),
    m: length(1), metre: length(1), metres: length(1), meter: length(1), meters: length(1),
    cm: length(0.01), centimetre: length(0.01), centimetres: length(0.01), centimeter: length(0.01), centimeters: length(0.01),
    mm: length(0.001), millimetre: length(0.001), millimetres: length(0.001), millimeter: length(0.001), millimeters: length(0.001),
    mile: length(1609.344), miles: length(1609.344), mi: length(1609.344),
    ft: length(0.3048), foot: length(0.3048), feet: length(0.3048),
    inch: length(0.0254), inches: length(0.0254),
    yard: length(0.9144), yards: length(0.9144), yd: length(0.9144),
    kg: mass(1), kgs: mass(1), kilo: mass(1), kilos: mass(1), kilogram: mass(1), kilograms: mass(1), kilogramme: mass(1), kilogrammes: mass(1),
    g: mass(0.001), gram: mass(0.001), grams: mass(0.001), gramme: mass(0.001), grammes: mass(0.001),
    lb: mass(0.45359237), lbs: mass(0.45359237), pound: mass(0.45359237), pounds: mass(0.45359237),
    oz: mass(0.028349523125), ounce: mass(0.028349523125), ounces: mass(0.028349523125),
    tonne: mass(1000), tonnes: mass(1000), t: mass(1000),
    hectare: area(10000), hectares: area(10000), ha: area(10000), acre: area(4046.8564224), acres: area(4046.8564224),
    km2: area(1e6), sqkm: area(1e6),
    litre: volume(1), litres: volume(1), liter: volume(1), liters: volume(1), l: volume(1),
    gallon: volume(3.785411784), gallons: volume(3.785411784),
    mph: speed(1.609344), kph: speed(1), kmh: speed(1), 'km/h': speed(1),
    '°c': {dimension: 'temperature', factor: 1}, celsius: {dimension: 'temperature', factor: 1}, centigrade: {dimension: 'temperature', factor: 1},
    '°f': {dimension: 'temperature', factor: 0}, fahrenheit: {dimension: 'temperature', factor: 0},
    // Durations, so that "fourteen days" and "two weeks" compare (a month and a year by their average length).
    hour: duration(1 / 24), hours: duration(1 / 24), day: duration(1), days: duration(1), week: duration(7), weeks: duration(7),
    fortnight: duration(14), fortnights: duration(14), month: duration(30.436875), months: duration(30.436875), year: duration(365.2425), years: duration(365.2425),
  }
}

/** Unit words and symbols (lowercase, singular and plural, British and American spellings). */
export const measurementUnits: Readonly<Record<string, MeasurementUnit>> = /* @__PURE__ */ lookupTable(/* @__PURE__ */ unitEntries())

/**
 * A measure in its dimension's base unit (metres, kilograms, square metres,
 * litres, km/h, days, degrees Celsius).
 *
 * @param value The number as written.
 * @param unit Its unit.
 */
export function toBaseUnit(value: number, unit: MeasurementUnit): number {
  if (unit.dimension === 'temperature') return unit.factor === 0 ? ((value - 32) * 5) / 9 : value
  return value * unit.factor
}
